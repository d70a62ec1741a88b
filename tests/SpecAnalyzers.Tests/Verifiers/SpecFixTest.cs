using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Testing;

namespace SpecAnalyzers.Tests.Verifiers;

/// <summary>
/// Code fix tests with "today" pinned through <c>spec_analyzers.reference_date</c>, so generated review dates are
/// the same on every run. The harness applies the fix one diagnostic at a time and as Fix All in document,
/// project and solution, and checks each against the fixed code. Only the mission rules and the rules the fixer
/// fixes report: what the other validity and rigor rules say about the fixed code (SPEC101 keeps the <c>TODO:</c>
/// templates flagged, on purpose) is tested with those rules.
/// </summary>
internal static class SpecFixTest<TFix>
    where TFix : CodeFixProvider, new()
{
    public const string ReferenceDate = "2026-01-15";

    private static readonly string[] Rules = ["SPEC001", "SPEC002", "SPEC003", "SPEC004", .. new TFix().FixableDiagnosticIds];

    /// <summary><see cref="ReferenceDate"/> + 90 days, the default review period.</summary>
    public const string ReviewBy = "2026-04-15";

    public static CodeFixVerifier<TFix>.Test Create(string source, string fixedSource, string editorConfigSettings = "")
    {
        var test = CodeFixVerifier<TFix>.Create(Rules);
        test.TestCode = source;
        test.FixedCode = fixedSource;
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", EditorConfig(editorConfigSettings)));
        return test;
    }

    /// <summary>Several files compiled together: partial specs, metrics declared elsewhere.</summary>
    public static CodeFixVerifier<TFix>.Test CreateFiles(string[] sources, string[] fixedSources, string editorConfigSettings = "")
    {
        var test = CodeFixVerifier<TFix>.Create(Rules);
        for (var i = 0; i < sources.Length; i++)
        {
            test.TestState.Sources.Add(($"/0/File{i}.cs", sources[i]));
            test.FixedState.Sources.Add(($"/0/File{i}.cs", fixedSources[i]));
        }

        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", EditorConfig(editorConfigSettings)));
        return test;
    }

    public static Task VerifyAsync(string source, string fixedSource) => Create(source, fixedSource).RunAsync();

    private static string EditorConfig(string settings) => $"""
        root = true

        [*]
        spec_analyzers.reference_date = {ReferenceDate}
        {settings}
        """;
}
