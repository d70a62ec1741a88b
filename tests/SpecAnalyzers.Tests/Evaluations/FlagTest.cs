using Microsoft.CodeAnalysis.Testing;
using SpecAnalyzers.Tests.Verifiers;

namespace SpecAnalyzers.Tests.Evaluations;

/// <summary>Builds SPEC2xx analyzer tests: the flag libraries referenced, the specs and call sites as separate files.</summary>
internal static class FlagTest
{
    public static DiagnosticResult Diagnostic(string id) => AnalyzerVerifier<FlagEvaluationAnalyzer>.Diagnostic(id);

    public static AnalyzerVerifier<FlagEvaluationAnalyzer>.Test Create(params string[] sources)
    {
        var test = AnalyzerVerifier<FlagEvaluationAnalyzer>.Create();
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
