using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace SpecAnalyzers.Tests.Verifiers;

/// <summary>
/// The one entry point of analyzer tests: every analyzer SpecAnalyzers ships runs, as in a build, over sources that
/// use the annotations, and only the rules a test names report. No test needs to know which analyzer hosts a rule.
/// </summary>
public static class AnalyzerVerifier
{
    public static DiagnosticResult Diagnostic(string id) => new(SpecRules.Descriptors[id]);

    /// <summary>A test in which only <paramref name="ruleIds"/> report.</summary>
    public static Test Create(params string[] ruleIds)
    {
        var test = new Test();
        test.DisabledDiagnostics.AddRange(SpecRules.Except(ruleIds));
        return test;
    }

    /// <summary>Verifies one source file; markup <c>{|#0:…|}</c> places expected diagnostics.</summary>
    public static Task VerifyAsync(string[] ruleIds, string source, params DiagnosticResult[] expected)
    {
        var test = Create(ruleIds);
        test.TestCode = source;
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>Verifies several files compiled together (partial specs spread over files).</summary>
    public static Task VerifyFilesAsync(string[] ruleIds, string[] sources, params DiagnosticResult[] expected)
    {
        var test = Create(ruleIds);
        for (var i = 0; i < sources.Length; i++)
        {
            test.TestState.Sources.Add(($"File{i}.cs", sources[i]));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <remarks>The testing library wants one analyzer type; <see cref="GetDiagnosticAnalyzers"/> gives all of them instead.</remarks>
    public sealed class Test : CSharpAnalyzerTest<SpecTypeAnalyzer, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = TestReferences.Net80;
            TestState.AdditionalReferences.Add(TestReferences.Annotations);
            TestState.AnalyzerConfigFiles.Add(TestReferences.ReferenceDateConfig);
        }

        protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => SpecRules.CreateAnalyzers();
    }
}
