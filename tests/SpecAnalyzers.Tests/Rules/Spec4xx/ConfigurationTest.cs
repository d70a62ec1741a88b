using Microsoft.CodeAnalysis.Testing;
using SpecAnalyzers.Tests.Verifiers;

namespace SpecAnalyzers.Tests.Rules.Spec4xx;

/// <summary>
/// Builds SPEC4xx tests: the specs as C# sources, the configuration as AdditionalFiles (markup such as
/// <c>{|#0:"Beta"|}</c> places expected diagnostics on a JSON token), Microsoft.FeatureManagement referenced so custom
/// filters with <c>[FilterAlias]</c> compile. Only the rule under test is enabled.
/// </summary>
internal static class ConfigurationTest
{
    public static DiagnosticResult Diagnostic(string id) => AnalyzerVerifier<FlagConfigurationAnalyzer>.Diagnostic(id);

    /// <summary>A diagnostic of the spec rules that read the configuration.</summary>
    public static DiagnosticResult SpecDiagnostic(string id) => RuleVerifier.Diagnostic(id);

    /// <summary>A test of <see cref="FlagConfigurationAnalyzer"/> (SPEC401, SPEC404, SPEC405).</summary>
    public static AnalyzerVerifier<FlagConfigurationAnalyzer>.Test ForConfiguration(string ruleId, string[] sources, params (string Path, string Json)[] files)
    {
        var test = AnalyzerVerifier<FlagConfigurationAnalyzer>.Create();
        Configure(test.TestState, sources, files);
        test.ReferenceAssemblies = TestReferences.Net100;
        test.DisabledDiagnostics.AddRange(new FlagConfigurationAnalyzer().SupportedDiagnostics.Select(descriptor => descriptor.Id).Where(id => id != ruleId));
        return test;
    }

    /// <summary>A test of the spec rules of <see cref="SpecTypeAnalyzer"/> that read the configuration (SPEC402, SPEC403, SPEC406).</summary>
    public static AnalyzerVerifier<SpecTypeAnalyzer>.Test ForSpecs(string ruleId, string[] sources, params (string Path, string Json)[] files)
    {
        var test = RuleVerifier.Create(ruleId);
        Configure(test.TestState, sources, files);
        return test;
    }

    public static Task VerifyConfigurationAsync(string ruleId, string[] sources, (string Path, string Json)[] files, params DiagnosticResult[] expected)
    {
        var test = ForConfiguration(ruleId, sources, files);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    public static Task VerifySpecsAsync(string ruleId, string[] sources, (string Path, string Json)[] files, params DiagnosticResult[] expected)
    {
        var test = ForSpecs(ruleId, sources, files);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    private static void Configure(SolutionState state, string[] sources, (string Path, string Json)[] files)
    {
        state.AdditionalReferences.AddRange(FlagLibraries.FeatureManagement);
        for (var i = 0; i < sources.Length; i++)
        {
            state.Sources.Add(($"/Specs{i}.cs", sources[i]));
        }

        foreach (var file in files)
        {
            state.AdditionalFiles.Add(file);
        }
    }
}
