using System.Text;

namespace SpecAnalyzers.DocumentationGenerator;

/// <summary>README's rule table: one row per rule, linked to its page; what it catches is the descriptor's title and description.</summary>
public static class ReadmeRuleTable
{
    public const string Path = "README.md";

    public static readonly MarkedRegion Region = new(
        "<!-- rules:start: generated from the descriptors by `dotnet run --project src/SpecAnalyzers.DocumentationGenerator` -->",
        "<!-- rules:end -->");

    public static string Update(string readme, IEnumerable<RuleDocumentation> rules) =>
        Region.Replace(readme, Render(rules), Path);

    private static string Render(IEnumerable<RuleDocumentation> rules)
    {
        var table = new StringBuilder()
            .Append("| Rule | What it catches, and why | Category | Severity | Fix offered |\n")
            .Append("|---|---|---|---|---|\n");
        foreach (var rule in rules)
        {
            var title = $"**{rule.Title}**{(rule.IsEnabledByDefault ? "" : " *(off by default)*")}. {rule.Description}";
            var fixes = rule.Fixes.IsEmpty ? "—" : string.Join("; ", rule.Fixes.Select(fix => fix.Offers));
            table.Append($"| [{rule.Id}]({rule.PagePath}) | {Cell(title)} | {rule.Category} | {rule.DefaultSeverity} | {Cell(fixes)} |\n");
        }

        return table.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
