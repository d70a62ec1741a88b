using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Testing;

namespace SpecAnalyzers.Tests.Verifiers;

/// <summary>
/// Builds SPEC2xx code-fix tests over <see cref="FlagSpecs.Catalog"/> and the flag libraries. The verifier applies the fix
/// once and through Fix All in document, project and solution, and compiles the result each time.
/// </summary>
internal static class FlagFixTest<TCodeFix>
    where TCodeFix : CodeFixProvider, new()
{
    public static DiagnosticResult Diagnostic(string id) => CodeFixVerifier<TCodeFix>.Diagnostic(id);

    public static CodeFixVerifier<TCodeFix>.Test Create(string source, string fixedSource)
    {
        var test = CodeFixVerifier<TCodeFix>.Create(FlagTest.CallSiteRules);
        test.ReferenceAssemblies = TestReferences.Net100;
        test.TestCode = source;
        test.FixedCode = fixedSource;
        foreach (var state in new[] { test.TestState, test.FixedState })
        {
            FlagLibraries.Configure(state);
            state.Sources.Add(("Specs.cs", FlagSpecs.Catalog));
        }

        test.DisabledDiagnostics.Add("SPEC204");
        return test;
    }

    public static Task VerifyAsync(string source, string fixedSource, params DiagnosticResult[] expected)
    {
        var test = Create(source, fixedSource);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
