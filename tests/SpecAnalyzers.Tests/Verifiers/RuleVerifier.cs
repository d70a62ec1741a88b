using Microsoft.CodeAnalysis.Testing;

namespace SpecAnalyzers.Tests.Verifiers;

/// <summary>
/// Verifies one rule over spec sources: every other rule is off, so a test states only the diagnostics it is about
/// (a hollow spec trips several rules at once).
/// </summary>
internal static class RuleVerifier
{
    public static DiagnosticResult Diagnostic(string ruleId) => AnalyzerVerifier.Diagnostic(ruleId);

    public static AnalyzerVerifier.Test Create(string ruleId, params string[] sources)
    {
        var test = AnalyzerVerifier.Create(ruleId);
        for (var i = 0; i < sources.Length; i++)
        {
            test.TestState.Sources.Add(($"/File{i}.cs", sources[i]));
        }

        return test;
    }

    /// <summary>An <c>.editorconfig</c> at the root that applies <paramref name="options"/> to every C# file.</summary>
    public static (string Path, string Content) EditorConfig(params string[] options) =>
        ("/.editorconfig", "root = true\n\n[*.cs]\n" + string.Join("\n", options) + "\n");

    /// <summary>Verifies <paramref name="ruleId"/> over <see cref="SpecSources.Catalog"/> and <paramref name="sources"/>.</summary>
    public static Task VerifyAsync(string ruleId, string[] sources, params DiagnosticResult[] expected)
    {
        var test = Create(ruleId, [SpecSources.Catalog, .. sources]);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    public static Task VerifyAsync(string ruleId, string source, params DiagnosticResult[] expected) =>
        VerifyAsync(ruleId, [source], expected);
}
