using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Testing;

namespace SpecAnalyzers.Tests.Rules.Spec4xx;

/// <summary>Builds fix tests for the spec rules that read the configuration: only the rule under test is enabled.</summary>
internal static class ConfigurationFixTest
{
    public static CodeFixVerifier<TCodeFix>.Test Create<TCodeFix>(string ruleId, (string Path, string Json)[] files, (string Path, string Json)[] fixedFiles)
        where TCodeFix : CodeFixProvider, new()
    {
        var test = CodeFixVerifier<TCodeFix>.Create(ruleId);
        foreach (var file in files)
        {
            test.TestState.AdditionalFiles.Add(file);
        }

        foreach (var file in fixedFiles)
        {
            test.FixedState.AdditionalFiles.Add(file);
        }

        return test;
    }

    public static DiagnosticResult Diagnostic(string ruleId) => AnalyzerVerifier.Diagnostic(ruleId);
}
