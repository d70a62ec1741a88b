using System.Text.Json;
using SpecAnalyzers.PackageTests.Infrastructure;
using static SpecAnalyzers.PackageTests.ConsumerSpecs;

namespace SpecAnalyzers.PackageTests;

/// <summary>
/// The SARIF 2.1 log docs/configuration.md's CI command writes (<c>-p:ErrorLog=specs.sarif%2Cversion%3D2.1</c>) is what code
/// scanning uploads: each SPEC finding with its place and a link to its rule page.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class SarifLogTests(PackageFixture package)
{
    [Fact]
    public void Log_HoldsEachSpecResultWithItsLocation()
    {
        var (consumer, _) = SharedBuilds.IncompleteProductInDefaultMode(package);
        using var log = ReadLog(consumer);
        var run = log.RootElement.GetProperty("runs").EnumerateArray().Single();

        var results = run.GetProperty("results").EnumerateArray()
            .Where(result => result.GetProperty("ruleId").GetString()!.StartsWith("SPEC", StringComparison.Ordinal))
            .Select(result =>
            {
                var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
                var uri = new Uri(location.GetProperty("artifactLocation").GetProperty("uri").GetString()!);
                var region = location.GetProperty("region");
                return $"{Path.GetRelativePath(consumer.Directory, uri.LocalPath)}({region.GetProperty("startLine")},{region.GetProperty("startColumn")}): "
                    + $"{result.GetProperty("level").GetString()} {result.GetProperty("ruleId").GetString()}";
            })
            .Order();

        Assert.Equal("2.1.0", log.RootElement.GetProperty("version").GetString());
        var expected = MissionCases.Select(@case => $"{@case.ReportedAt(consumer)}: error {@case.RuleId}").Order();
        Assert.Equal(expected, results);
    }

    [Fact]
    public void Log_LinksEverySpecRuleToItsPage()
    {
        var (consumer, _) = SharedBuilds.IncompleteProductInDefaultMode(package);
        using var log = ReadLog(consumer);
        var rules = log.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules")
            .EnumerateArray()
            .Where(rule => rule.GetProperty("id").GetString()!.StartsWith("SPEC", StringComparison.Ordinal))
            .ToDictionary(rule => rule.GetProperty("id").GetString()!);

        Assert.Superset(MissionCases.Select(@case => @case.RuleId).ToHashSet(), rules.Keys.ToHashSet());
        foreach (var (id, rule) in rules)
        {
            Assert.True(rule.TryGetProperty("helpUri", out var helpUri), $"{id} has no helpUri");
            var uri = new Uri(helpUri.GetString()!);
            Assert.Equal("https", uri.Scheme);
            Assert.EndsWith($"/docs/rules/{id}.md", uri.AbsolutePath);
        }
    }

    private static JsonDocument ReadLog(ConsumerProject consumer)
    {
        var path = consumer.FullPath(SharedBuilds.SarifLog);
        Assert.True(File.Exists(path), "no SARIF log at " + path);
        return JsonDocument.Parse(File.ReadAllText(path));
    }
}
