using System.Reflection;
using System.Text.RegularExpressions;
using SpecAnalyzers.CodeFixes;
using SpecAnalyzers.DocumentationGenerator;

namespace SpecAnalyzers.Tests.Docs;

/// <summary>
/// README's rule table, the severity presets and the rule pages' headers are written from the descriptors and the
/// code action catalog (src/SpecAnalyzers.DocumentationGenerator); a descriptor changed without regenerating fails here.
/// </summary>
public sealed partial class GeneratedDocsTests
{
    [Fact]
    public void GeneratedFiles_SayWhatTheDescriptorsSay()
    {
        var drift = Documentation.FindDrift(RepositoryRoot.Path);

        Assert.True(
            drift.IsEmpty,
            $"Generated from the descriptors but changed since: {string.Join(", ", drift)}. Regenerate them with: {Documentation.RegenerateCommand}");
    }

    [Fact]
    public void EquivalenceKeys_FollowOneScheme_RuleDotAction()
    {
        var offScheme = KeyConstants().Where(key => !KeyScheme().IsMatch(key));

        Assert.Empty(offScheme);
    }

    [Fact]
    public void Catalog_DescribesEveryEquivalenceKeyOnce()
    {
        var described = CodeActionCatalog.All.Select(action => action.EquivalenceKey).Order(StringComparer.Ordinal);

        Assert.Equal(KeyConstants().Order(StringComparer.Ordinal), described);
    }

    [Fact]
    public void Catalog_KeysNameARuleTheActionIsOfferedOn()
    {
        var misnamed = CodeActionCatalog.All.Where(action => !action.RuleIds.Contains(action.EquivalenceKey.Split('.')[0]));

        Assert.Empty(misnamed.Select(action => action.EquivalenceKey));
    }

    [Fact]
    public void PageHeader_ReplacesOnlyTheHeader_AndAddsOneToAPageThatHasNone()
    {
        var rule = RuleCatalogReader.Read().First(rule => rule.Id == "SPEC003");
        const string Body = "\n## Cause\n\nWritten by hand | with a pipe.\n\n## Examples\n";

        var added = RulePageHeader.Update("# SPEC003: an old title\n\nanything before the first section\n" + Body, rule);
        var again = RulePageHeader.Update(added, rule);

        Assert.StartsWith("# SPEC003: Spec has no owner\n", added);
        Assert.EndsWith(RulePageHeader.End + "\n" + Body, added);
        Assert.DoesNotContain("anything before", added);
        Assert.Equal(added, again);
    }

    [Fact]
    public void ReadmeTable_ReplacesOnlyBetweenItsMarkers()
    {
        var readme = $"# Title\n\nbefore\n{ReadmeRuleTable.Region.Start}\nold table\n{ReadmeRuleTable.Region.End}\nafter\n";

        var updated = ReadmeRuleTable.Update(readme, RuleCatalogReader.Read());

        Assert.StartsWith($"# Title\n\nbefore\n{ReadmeRuleTable.Region.Start}\n| Rule |", updated);
        Assert.EndsWith($"|\n{ReadmeRuleTable.Region.End}\nafter\n", updated);
        Assert.DoesNotContain("old table", updated);
    }

    private static IEnumerable<string> KeyConstants() =>
        typeof(EquivalenceKeys).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral && field.FieldType == typeof(string))
            .Select(field => (string)field.GetRawConstantValue()!);

    /// <summary><c>SPEC003.AddOwner</c>; <c>SPEC002.UseMetric:</c> before an argument; CS0246 for the compiler's missing type.</summary>
    [GeneratedRegex(@"^(SPEC\d{3}|CS\d{4})\.[A-Z][A-Za-z]+:?$")]
    private static partial Regex KeyScheme();
}
