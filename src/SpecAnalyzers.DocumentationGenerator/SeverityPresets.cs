using System.Text;
using Microsoft.CodeAnalysis;

namespace SpecAnalyzers.DocumentationGenerator;

/// <summary>
/// The <c>SpecAnalyzersMode</c> presets (src/SpecAnalyzers.Package/buildTransitive/presets): global analyzer configs
/// at <c>global_level = -1</c>, so a team's own settings still decide any single rule.
/// </summary>
public static class SeverityPresets
{
    public const string Folder = "src/SpecAnalyzers.Package/buildTransitive/presets";

    private const string Header = """
        is_global = true
        global_level = -1

        """;

    private const string GeneratedNote = "# Generated from the descriptors by `dotnet run --project src/SpecAnalyzers.DocumentationGenerator`: do not edit.\n";

    public static IEnumerable<GeneratedFile> Render(IReadOnlyList<RuleDocumentation> rules)
    {
        yield return new GeneratedFile($"{Folder}/SpecAnalyzers.default.globalconfig", Default());
        yield return new GeneratedFile($"{Folder}/SpecAnalyzers.strict.globalconfig", Strict(rules));
        yield return new GeneratedFile($"{Folder}/SpecAnalyzers.relaxed.globalconfig", Relaxed(rules));
    }

    private static string Default() =>
        """
        # SpecAnalyzers preset "default" (SpecAnalyzersMode=default, or unset).
        # Every rule keeps the severity its rule page gives: the mission rules are errors, the rest warnings, a few
        # suggestions. This preset changes nothing; it exists so that every mode names a file.
        # Change one rule's severity in your .editorconfig: dotnet_diagnostic.SPEC003.severity = warning

        """ + GeneratedNote + Header;

    /// <summary>Every rule that is on by default becomes an error; opt-in rules stay off and say so.</summary>
    private static string Strict(IReadOnlyList<RuleDocumentation> rules)
    {
        var text = new StringBuilder("""
            # SpecAnalyzers preset "strict" (SpecAnalyzersMode=strict): every rule is an error, so any finding fails the build.
            # Rules that are off by default stay off: a team that turns one on sets its severity where it does so.
            # global_level -1: your own .editorconfig / .globalconfig settings still win over this file.

            """).Append(GeneratedNote).Append(Header);
        foreach (var category in rules.GroupBy(rule => rule.Category))
        {
            text.Append($"\n# {category.Key}\n");
            foreach (var rule in category)
            {
                text.Append(!rule.IsEnabledByDefault
                    ? $"# {rule.Id} is opt-in (off by default): not set here.\n"
                    : rule.IsInformationOnly
                        ? $"# {rule.Id} reports information, not a finding: it keeps its default severity.\n"
                        : Entry(rule, "error"));
            }
        }

        return text.ToString();
    }

    /// <summary>The rules that are errors by default become warnings; every other rule keeps its severity.</summary>
    private static string Relaxed(IReadOnlyList<RuleDocumentation> rules)
    {
        var text = new StringBuilder("""
            # SpecAnalyzers preset "relaxed" (SpecAnalyzersMode=relaxed): for a team adopting SpecAnalyzers in an existing
            # code base. The rules that are errors by default report as warnings, so incomplete specs show up without
            # failing the build; every other rule keeps its default severity.
            # global_level -1: your own .editorconfig / .globalconfig settings still win over this file.

            """).Append(GeneratedNote).Append(Header).Append('\n');
        foreach (var rule in rules.Where(rule => rule.DefaultSeverity == DiagnosticSeverity.Error))
        {
            text.Append(Entry(rule, "warning"));
        }

        return text.ToString();
    }

    private static string Entry(RuleDocumentation rule, string severity) => $"dotnet_diagnostic.{rule.Id}.severity = {severity}\n";
}
