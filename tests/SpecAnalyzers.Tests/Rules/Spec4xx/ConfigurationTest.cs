using Microsoft.CodeAnalysis.Testing;

namespace SpecAnalyzers.Tests.Rules.Spec4xx;

/// <summary>
/// Builds SPEC4xx tests: the specs as C# sources, the configuration as AdditionalFiles (markup such as
/// <c>{|#0:"Beta"|}</c> places expected diagnostics on a JSON token), Microsoft.FeatureManagement referenced so custom
/// filters with <c>[FilterAlias]</c> compile. Only the rule under test is enabled.
/// </summary>
internal static class ConfigurationTest
{
    public static DiagnosticResult Diagnostic(string id) => AnalyzerVerifier.Diagnostic(id);

    /// <summary>A test in which only <paramref name="ruleId"/> reports, whichever analyzer hosts it.</summary>
    public static AnalyzerVerifier.Test Create(string ruleId, string[] sources, params (string Path, string Json)[] files)
    {
        var test = AnalyzerVerifier.Create(ruleId);
        test.ReferenceAssemblies = TestReferences.Net100;
        test.TestState.AdditionalReferences.AddRange(FlagLibraries.FeatureManagement);
        for (var i = 0; i < sources.Length; i++)
        {
            test.TestState.Sources.Add(($"/Specs{i}.cs", sources[i]));
        }

        foreach (var file in files)
        {
            test.TestState.AdditionalFiles.Add(file);
        }

        return test;
    }

    public static Task VerifyAsync(string ruleId, string[] sources, (string Path, string Json)[] files, params DiagnosticResult[] expected)
    {
        var test = Create(ruleId, sources, files);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
