using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace SpecAnalyzers.Tests.Verifiers;

/// <summary>
/// The one entry point of code fix tests: every analyzer runs, only the rules a test names report, and
/// <typeparamref name="TCodeFix"/> fixes them, once and as Fix All in document, project and solution.
/// </summary>
public static class CodeFixVerifier<TCodeFix>
    where TCodeFix : CodeFixProvider, new()
{
    public static DiagnosticResult Diagnostic(string id) => AnalyzerVerifier.Diagnostic(id);

    /// <summary>A test in which only <paramref name="ruleIds"/> report.</summary>
    public static Test Create(params string[] ruleIds)
    {
        var test = new Test();
        test.DisabledDiagnostics.AddRange(SpecRules.Except(ruleIds));
        return test;
    }

    public static Task VerifyAsync(string[] ruleIds, string source, string fixedSource, params DiagnosticResult[] expected)
    {
        var test = Create(ruleIds);
        test.TestCode = source;
        test.FixedCode = fixedSource;
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <remarks>The testing library wants one analyzer type; <see cref="GetDiagnosticAnalyzers"/> gives all of them instead.</remarks>
    public sealed class Test : CSharpCodeFixTest<SpecTypeAnalyzer, TCodeFix, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = TestReferences.Net80;
            TestState.AdditionalReferences.Add(TestReferences.Annotations);
            TestState.AnalyzerConfigFiles.Add(TestReferences.ReferenceDateConfig);
            FixedState.AdditionalReferences.Add(TestReferences.Annotations);
        }

        protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => SpecRules.CreateAnalyzers();
    }
}
