using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace SpecAnalyzers.Tests.Docs;

/// <summary>Every rule a user can meet has a help link, a page behind it, a row in README and in release tracking.</summary>
public sealed class RuleDocumentationTests
{
    public static TheoryData<string> RuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var id in AllDescriptors().Select(descriptor => descriptor.Id).Distinct().Order())
        {
            data.Add(id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Descriptor_HelpLinkPointsAtItsPage(string id)
    {
        var descriptor = Descriptor(id);
        Assert.Equal($"{Descriptors.HelpLinkBase}/{id}.md", descriptor.HelpLinkUri);
        Assert.False(string.IsNullOrWhiteSpace(descriptor.Title.ToString()));
        Assert.False(string.IsNullOrWhiteSpace(descriptor.Description.ToString()));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Page_ExistsAndMatchesDescriptor(string id)
    {
        var descriptor = Descriptor(id);
        var page = Path.Combine(RepositoryRoot.Path, "docs", "rules", id + ".md");
        Assert.True(File.Exists(page), $"docs/rules/{id}.md is missing");
        var text = File.ReadAllText(page);
        Assert.StartsWith($"# {id}: {descriptor.Title}", text);
        Assert.Contains($"| Default severity | {descriptor.DefaultSeverity} |", text);
        Assert.Contains($"| Category | {descriptor.Category} |", text);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Page_HasTheHandWrittenSectionsInOrder(string id)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "rules", id + ".md"));
        var sections = new[] { "## Cause", "## Why it matters", "## How to fix", "## Examples" }
            .Select(heading => text.IndexOf("\n" + heading + "\n", StringComparison.Ordinal))
            .ToList();

        Assert.DoesNotContain(-1, sections);
        Assert.Equal(sections.Order(), sections);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Readme_ListsRuleWithSeverity(string id)
    {
        var descriptor = Descriptor(id);
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md"));
        var row = new Regex($@"^\| \[{id}\]\(docs/rules/{id}\.md\) \|.*\| {descriptor.DefaultSeverity} \|", RegexOptions.Multiline);
        Assert.Matches(row, readme);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void ReleaseTracking_HasRuleWithCategoryAndSeverity(string id)
    {
        var descriptor = Descriptor(id);
        var releases = string.Concat(
            File.ReadAllText(Path.Combine(RepositoryRoot.Path, "src", "SpecAnalyzers", "AnalyzerReleases.Shipped.md")),
            File.ReadAllText(Path.Combine(RepositoryRoot.Path, "src", "SpecAnalyzers", "AnalyzerReleases.Unshipped.md")));
        Assert.Contains($"{id} | {descriptor.Category} | {descriptor.DefaultSeverity} |", releases);
    }

    private static DiagnosticDescriptor Descriptor(string id) => AllDescriptors().First(descriptor => descriptor.Id == id);

    private static IEnumerable<DiagnosticDescriptor> AllDescriptors() =>
        AnalyzerRunner.AllAnalyzers.SelectMany(analyzer => analyzer.SupportedDiagnostics);
}
