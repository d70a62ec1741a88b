using Microsoft.CodeAnalysis.Testing;

namespace SpecAnalyzers.Tests.Verifiers;

/// <summary>Builds SPEC2xx analyzer tests: the flag libraries referenced, the specs and call sites as separate files.</summary>
internal static class FlagTest
{
    /// <summary>The rules over flag evaluations: what call-site tests are about.</summary>
    public static readonly string[] CallSiteRules = ["SPEC201", "SPEC202", "SPEC203", "SPEC204", "SPEC205"];

    public static DiagnosticResult Diagnostic(string id) => AnalyzerVerifier.Diagnostic(id);

    public static AnalyzerVerifier.Test Create(params string[] sources)
    {
        var test = AnalyzerVerifier.Create(CallSiteRules);
        test.ReferenceAssemblies = TestReferences.Net100;
        FlagLibraries.Configure(test.TestState);

        // The testing library turns on rules that are off by default; SPEC204's own tests turn it back on.
        test.DisabledDiagnostics.Add("SPEC204");
        for (var i = 0; i < sources.Length; i++)
        {
            test.TestState.Sources.Add(($"File{i}.cs", sources[i]));
        }

        return test;
    }

    public static Task VerifyAsync(string[] sources, params DiagnosticResult[] expected)
    {
        var test = Create(sources);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
