using SpecAnalyzers.PackageTests.Infrastructure;
using static SpecAnalyzers.PackageTests.ConsumerSpecs;

namespace SpecAnalyzers.PackageTests;

/// <summary>A team installs the package and builds: incomplete specs fail the build where they are declared.</summary>
[Collection(PackageCollection.Name)]
public sealed class MissionRulesThroughPackageTests(PackageFixture package)
{
    [Fact]
    public void IncompleteSpecs_BuildFailsWithEachMissingPartOnItsSpecName()
    {
        var (consumer, build) = SharedBuilds.IncompleteProductInDefaultMode(package);

        Assert.True(build.ExitCode != 0, build.ToString());
        var expected = MissionCases.Select(@case => $"{@case.ReportedAt(consumer)}: error {@case.RuleId}").Order();
        var reported = build.Diagnostics
            .Select(diagnostic => $"{consumer.RelativePath(diagnostic)}({diagnostic.Line},{diagnostic.Column}): {diagnostic.Severity} {diagnostic.Id}")
            .Order();
        Assert.Equal(expected, reported);
    }

    [Fact]
    public void IncompleteSpecs_EachMessageNamesTheSpec()
    {
        var (_, build) = SharedBuilds.IncompleteProductInDefaultMode(package);

        foreach (var @case in MissionCases)
        {
            var diagnostic = Assert.Single(build.Diagnostics, diagnostic => diagnostic.Id == @case.RuleId);
            Assert.StartsWith($"Feature flag '{@case.Key}' ({@case.TypeName}) has no ", diagnostic.Message);
        }
    }

    [Fact]
    public void AddingEachMissingPart_ClearsItsErrorOnly_UntilTheProductBuildsClean()
    {
        var consumer = package.CreateConsumer("completed-part-by-part", IncompleteProduct());

        for (var fixedCount = 1; fixedCount <= MissionCases.Count; fixedCount++)
        {
            var justFixed = MissionCases[fixedCount - 1];
            consumer.Write(justFixed.FilePath, Spec(justFixed, withPart: true));

            var build = consumer.Build();

            var stillMissing = MissionCases.Skip(fixedCount).Select(@case => $"{@case.FilePath} error {@case.RuleId}");
            var reported = build.Diagnostics.Select(diagnostic => $"{consumer.RelativePath(diagnostic)} {diagnostic.Severity} {diagnostic.Id}");
            Assert.Equal(stillMissing.Order(), reported.Order());
            Assert.True((build.ExitCode == 0) == (fixedCount == MissionCases.Count), build.ToString());
        }
    }

    [Fact]
    public void CompleteSpecs_AnnotationsShipWithTheProduct_AndAnalyzersDoNot()
    {
        var consumer = package.CreateConsumer("complete", Product(MissionCases.ToDictionary(
            @case => @case.FilePath, @case => Spec(@case, withPart: true))));

        var build = consumer.Build();
        var run = consumer.Run();

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Empty(build.Diagnostics);
        var output = consumer.FullPath(Path.Combine("bin", "Debug", "net10.0"));
        Assert.True(File.Exists(Path.Combine(output, "SpecAnalyzers.Annotations.dll")));
        Assert.False(File.Exists(Path.Combine(output, "SpecAnalyzers.dll")));
        Assert.False(File.Exists(Path.Combine(output, "SpecAnalyzers.CodeFixes.dll")));
        // The catalogue the program prints comes from the attributes compiled into it.
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(
            ["car-mode Build night-squad", "lyrics-search Build night-squad", "shuffle-boost Build night-squad", "sleep-timer Build night-squad"],
            run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
