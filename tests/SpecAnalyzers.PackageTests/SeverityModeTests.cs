using SpecAnalyzers.PackageTests.Infrastructure;
using static SpecAnalyzers.PackageTests.ConsumerSpecs;

namespace SpecAnalyzers.PackageTests;

/// <summary>
/// <c>SpecAnalyzersMode</c> (and <c>SpecAnalyzersCIMode</c> in CI) picks the severity preset shipped in the package.
/// Today every rule is an error by default, so "strict turns a warning into an error" is shown on the relaxed
/// mission rules; rules that are warnings by default get the same treatment from the same preset file.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class SeverityModeTests(PackageFixture package)
{
    [Fact]
    public void Relaxed_MissionRulesAreWarnings_AndTheBuildSucceeds()
    {
        var consumer = package.CreateConsumer("relaxed", IncompleteProduct(), Mode("relaxed"));

        var build = consumer.Build();

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Equal(MissionRules("warning"), Reported(consumer, build));
    }

    [Fact]
    public void RelaxedWithStrictCIMode_ErrorsInCI_WarningsOnALaptop()
    {
        var consumer = package.CreateConsumer("relaxed-strict-in-ci", IncompleteProduct(), new Dictionary<string, string>
        {
            ["SpecAnalyzersMode"] = "relaxed",
            ["SpecAnalyzersCIMode"] = "strict",
        });

        var inCI = consumer.Build("-p:ContinuousIntegrationBuild=true");
        // The same project again without CI: only the preset differs, and that alone must recompile.
        var onLaptop = consumer.Build();

        Assert.True(inCI.ExitCode != 0, inCI.ToString());
        Assert.Equal(MissionRules("error"), Reported(consumer, inCI));
        Assert.True(onLaptop.ExitCode == 0, onLaptop.ToString());
        Assert.Equal(MissionRules("warning"), Reported(consumer, onLaptop));
    }

    [Fact]
    public void Strict_TeamEditorConfigStillDecidesOneRule()
    {
        var files = IncompleteProduct();
        files[".editorconfig"] = "root = true\n\n[*.cs]\ndotnet_diagnostic.SPEC003.severity = warning\n";
        var consumer = package.CreateConsumer("strict-with-editorconfig", files, Mode("strict"));

        var build = consumer.Build();

        Assert.True(build.ExitCode != 0, build.ToString());
        var expected = MissionRules("error").Select(entry => entry.Replace("error SPEC003", "warning SPEC003"));
        Assert.Equal(expected.Order(), Reported(consumer, build));
    }

    [Fact]
    public void UnknownMode_FailsTheBuildNamingTheChoices()
    {
        var consumer = package.CreateConsumer("unknown-mode", IncompleteProduct(), Mode("paranoid"));

        var build = consumer.Build();

        Assert.True(build.ExitCode != 0, build.ToString());
        Assert.Contains("SpecAnalyzers: 'paranoid' is not a mode", build.Output);
        Assert.Contains("use default, strict or relaxed", build.Output);
    }

    private static Dictionary<string, string> Mode(string mode) => new() { ["SpecAnalyzersMode"] = mode };

    private static IEnumerable<string> MissionRules(string severity) =>
        MissionCases.Select(@case => $"{@case.FilePath} {severity} {@case.RuleId}").Order();

    private static IEnumerable<string> Reported(ConsumerProject consumer, ProcessResult build) =>
        build.Diagnostics.Select(diagnostic => $"{consumer.RelativePath(diagnostic)} {diagnostic.Severity} {diagnostic.Id}").Order();
}
