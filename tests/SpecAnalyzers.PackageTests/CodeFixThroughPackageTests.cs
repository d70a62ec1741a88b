using SpecAnalyzers.PackageTests.Infrastructure;
using static SpecAnalyzers.PackageTests.ConsumerSpecs;

namespace SpecAnalyzers.PackageTests;

/// <summary>
/// The code fixes ship in the package too: <c>dotnet format analyzers</c> finds them there and writes the missing
/// owner (SPEC003), as the IDE's quick fix does, after which the build passes.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class CodeFixThroughPackageTests(PackageFixture package)
{
    private static readonly MissionCase NoOwner = MissionCases.Single(@case => @case.RuleId == "SPEC003");

    [Fact]
    public void FormatAnalyzers_AddsThePlaceholderOwner_OrTheConfiguredDefault_AndTheBuildPasses()
    {
        const string ConfiguredFolder = "Night";
        var configured = NoOwner with { TypeName = "NightMode", Key = "night-mode" };
        var configuredPath = $"{ConfiguredFolder}/{configured.TypeName}.cs";
        var consumer = package.CreateConsumer("format-owner", Product(new Dictionary<string, string>
        {
            [NoOwner.FilePath] = Spec(NoOwner, withPart: false),
            [configuredPath] = Spec(configured, withPart: false),
            [$"{ConfiguredFolder}/.editorconfig"] = "[*.cs]\nspec_analyzers.default_owner = night-squad\n",
        }));
        var before = consumer.Build();

        var format = consumer.FormatAnalyzers("SPEC003");
        var after = consumer.Build();

        Assert.Equal(2, before.Diagnostics.Count(diagnostic => diagnostic.Id == "SPEC003"));
        Assert.True(format.ExitCode == 0, format.ToString());
        Assert.Contains("[Owner(\"TODO: owner\")]", consumer.Read(NoOwner.FilePath));
        Assert.Contains("[Owner(\"night-squad\")]", consumer.Read(configuredPath));
        Assert.DoesNotContain(after.Diagnostics, diagnostic => diagnostic.Id == "SPEC003");
        Assert.True(after.ExitCode == 0, after.ToString());
    }
}
