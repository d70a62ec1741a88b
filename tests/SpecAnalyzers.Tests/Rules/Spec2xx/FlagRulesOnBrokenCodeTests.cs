namespace SpecAnalyzers.Tests.Rules.Spec2xx;

/// <summary>
/// Half-typed evaluations and specs, run as the IDE runs analyzers (the command-line compiler skips analyzers on
/// broken code). No analyzer may throw; a key that does not bind yet is left to the compiler.
/// </summary>
public sealed class FlagRulesOnBrokenCodeTests
{
    public static TheoryData<string> BrokenCallSites => new()
    {
        "public class P { async System.Threading.Tasks.Task M(Microsoft.FeatureManagement.IFeatureManager f) { await f.IsEnabledAsync( } }",
        "public class P { async System.Threading.Tasks.Task M(Microsoft.FeatureManagement.IFeatureManager f) { await f.IsEnabledAsync(\"dark-mod\" } }",
        "public class P { async System.Threading.Tasks.Task M(Microsoft.FeatureManagement.IFeatureManager f) { await f.IsEnabledAsync(Missing.Key); } }",
        "public class P { async System.Threading.Tasks.Task M(Microsoft.FeatureManagement.IFeatureManager f) { await f.IsEnabledAsync(\"a\", \"b\", \"c\", \"d\"); } }",
        "public class P { void M(Microsoft.FeatureManagement.IFeatureManager f) { if (await f.IsEnabledAsync(\"sleep-timer\")) { } } }",
        "public class P { void M(OpenFeature.IFeatureClient c) { c.GetBooleanValueAsync(flagKey: , false); } }",
        "[Microsoft.FeatureManagement.Mvc.FeatureGate(] public class P { }",
        "[Microsoft.FeatureManagement.Mvc.FeatureGate()] public class P { }",
        "[Microsoft.FeatureManagement.Mvc.FeatureGate(Microsoft.FeatureManagement.RequirementType.Any, null, 42)] public class P { }",
        "[Microsoft.FeatureManagement.Mvc.FeatureGate(new[] { \"dark-mod\", Missing })] public class P { }",
        "public static class X { public static System.Threading.Tasks.Task<bool> IsEnabledAsync(this Microsoft.FeatureManagement.IFeatureManager f) => f.IsEnabledAsync(); }",
        "[SpecAnalyzers.FeatureFlag()] public class Half { public const string Key = ; }",
        "[SpecAnalyzers.FeatureFlag(Key)] public class Loop { public const string Key = Key; }",
        "[SpecAnalyzers.FeatureFlag(\"x\", Phase = SpecAnalyzers.Phase.Retired, Outcome = (SpecAnalyzers.Outcome)99)] public class Odd { public static bool M(Microsoft.FeatureManagement.IFeatureManager f) => f.IsEnabledAsync(\"x\").Result; }",
    };

    [Theory]
    [MemberData(nameof(BrokenCallSites))]
    public async Task BrokenCode_NoAnalyzerThrows(string source)
    {
        var compilation = FlagCompilations.WithEditorConfig(
            await FlagCompilations.CreateAsync(FlagSpecs.Catalog, FlagLibraries.OpenFeatureSource, source),
            "root = true\n\n[*.cs]\ndotnet_diagnostic.SPEC204.severity = suggestion\n");

        var diagnostics = await AnalyzerRunner.GetAnalyzerDiagnosticsAsync(compilation, AnalyzerRunner.AllAnalyzers);

        Assert.All(diagnostics, diagnostic => Assert.StartsWith("SPEC", diagnostic.Id));
    }

    [Fact]
    public async Task KeyThatDoesNotBind_LeftToTheCompiler()
    {
        var compilation = await FlagCompilations.CreateAsync(
            FlagSpecs.Catalog,
            "public class P { System.Threading.Tasks.Task<bool> M(Microsoft.FeatureManagement.IFeatureManager f) => f.IsEnabledAsync(Missing.Key); }");

        Assert.NotEmpty(compilation.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
        Assert.Empty(await FlagCompilations.AnalyzeAsync(compilation));
    }
}
