using SpecAnalyzers.Tests.Configuration;

namespace SpecAnalyzers.Tests.Rules.Spec4xx;

/// <summary>SPEC401: a flag the configuration declares that no spec declares; on the flag's name in the JSON.</summary>
public sealed class UndeclaredConfiguredFlagTests
{
    private const string Rule = "SPEC401";
    private const string AppSettings = "/0/appsettings.json";

    private const string Specs = """
        using SpecAnalyzers;

        [FeatureFlag("lyrics-card-share", Phase = Phase.Build)]
        public sealed partial class LyricsCardShare { }

        [Experiment(CheckoutKeys.Redesign, Phase = Phase.Ship, RolloutPercent = 10)]
        public sealed class CheckoutRedesign { }

        public static class CheckoutKeys { public const string Redesign = "checkout-redesign"; }

        [FeatureFlag("NewCheckout")]
        public sealed class NewCheckout { }
        """;

    [Fact]
    public Task EveryFlagDeclared_IgnoringCase_NoDiagnostic() =>
        ConfigurationTest.VerifyAsync(Rule, [Specs], [(AppSettings, """
            {
              "FeatureManagement": { "Lyrics-Card-Share": true, "newcheckout": false, },
              "feature_management": { "feature_flags": [ { "id": "CHECKOUT-REDESIGN", "enabled": true } ] }
            }
            """)]);

    [Fact]
    public async Task NoSpecAndNoFlagLibrary_ReportedOneByOne_ForNoSummaryCountsThem()
    {
        // A first install in a project that evaluates no flag (no flag library referenced): no SPEC201 summary will
        // count the configured flags, so SPEC401 reports each of them rather than staying silent.
        var test = ConfigurationTest.Create(Rule, ["public sealed class Startup { }"], (AppSettings, """
            { "FeatureManagement": { {|#0:"Beta"|}: true } }
            """));
        test.TestState.AdditionalReferences.Clear();
        test.TestState.AdditionalReferences.Add(TestReferences.Annotations);
        test.ExpectedDiagnostics.Add(ConfigurationTest.Diagnostic(Rule).WithLocation(0).WithArguments("Beta", "appsettings.json",
            "; declare it with [FeatureFlag(\"Beta\")] or [Experiment(\"Beta\")]"));
        await test.RunAsync();
    }

    [Fact]
    public Task DotnetSchemaFlag_ReportedOnItsKey_WithDeclareHint() =>
        ConfigurationTest.VerifyAsync(Rule, [Specs], [(AppSettings, """
            {
              // Beta is configured, but nobody wrote its spec.
              "FeatureManagement": { {|#0:"Beta"|}: true, "NewCheckout": true }
            }
            """)],
            ConfigurationTest.Diagnostic(Rule).WithLocation(0).WithArguments("Beta", "appsettings.json",
                "; declare it with [FeatureFlag(\"Beta\")] or [Experiment(\"Beta\")]"));

    [Fact]
    public Task MicrosoftSchemaTypo_ReportedOnItsId_WithDidYouMean() =>
        ConfigurationTest.VerifyAsync(Rule, [Specs], [(AppSettings, """
            { "feature_management": { "feature_flags": [ { "id": {|#0:"lyrics-crad-share"|}, "enabled": true }, ] } }
            """)],
            ConfigurationTest.Diagnostic(Rule).WithLocation(0).WithArguments("lyrics-crad-share", "appsettings.json", ": did you mean 'lyrics-card-share'?"));

    [Fact]
    public Task FlagOnlyInAnOverlay_ReportedInTheOverlay() =>
        ConfigurationTest.VerifyAsync(Rule, [Specs], [
            (AppSettings, """{ "FeatureManagement": { "NewCheckout": true } }"""),
            ("/0/appsettings.Development.json", """{ "FeatureManagement": { "NewCheckout": false, {|#0:"DebugPanel"|}: true } }""")],
            ConfigurationTest.Diagnostic(Rule).WithLocation(0).WithArguments("DebugPanel", "appsettings.Development.json",
                "; declare it with [FeatureFlag(\"DebugPanel\")] or [Experiment(\"DebugPanel\")]"));

    [Fact]
    public Task NamedJsonFile_IsReadWhenMarked()
    {
        var test = ConfigurationTest.Create(Rule, [Specs], ("/0/flags.json", """{ "FeatureManagement": { {|#0:"Beta"|}: true } }"""));
        test.TestState.AnalyzerConfigFiles.Add(("/flags.globalconfig", """
            is_global = true
            [/0/flags.json]
            build_metadata.AdditionalFiles.SpecAnalyzersFlagConfiguration = true
            """));
        test.ExpectedDiagnostics.Add(ConfigurationTest.Diagnostic(Rule).WithLocation(0).WithArguments("Beta", "flags.json",
            "; declare it with [FeatureFlag(\"Beta\")] or [Experiment(\"Beta\")]"));
        return test.RunAsync();
    }

    [Fact]
    public Task UnmarkedJsonFile_IsNotRead() =>
        ConfigurationTest.VerifyAsync(Rule, [Specs], [("/0/flags.json", """{ "FeatureManagement": { "Beta": true } }""")]);

    [Fact]
    public Task FlagWithCustomFilter_IsComparedByName() =>
        ConfigurationTest.VerifyAsync(Rule, [Specs, """
            using System.Threading.Tasks;
            using Microsoft.FeatureManagement;

            [FilterAlias("MyOrg.Beta")]
            public sealed class BetaTesters : IFeatureFilter
            {
                public Task<bool> EvaluateAsync(FeatureFilterEvaluationContext context) => Task.FromResult(true);
            }
            """], [(AppSettings, """
            { "FeatureManagement": { "NewCheckout": { "EnabledFor": [ { "Name": "MyOrg.Beta" } ] }, {|#0:"MyOrg.Beta"|}: true } }
            """)],
            ConfigurationTest.Diagnostic(Rule).WithLocation(0).WithArguments("MyOrg.Beta", "appsettings.json",
                "; declare it with [FeatureFlag(\"MyOrg.Beta\")] or [Experiment(\"MyOrg.Beta\")]"));

    [Fact]
    public Task UnreadableFile_LeavesItToSpec405() =>
        ConfigurationTest.VerifyAsync(Rule, [Specs], [(AppSettings, """{ "FeatureManagement": { "Beta": true """)]);

    [Fact]
    public Task NoConfigurationFile_NoDiagnostic() =>
        ConfigurationTest.VerifyAsync(Rule, [Specs], []);

    [Fact]
    public Task SpecWithBrokenKey_DoesNotCrash_AndTheFlagIsStillUndeclared() =>
        ConfigurationTest.VerifyAsync(Rule, ["""
            using SpecAnalyzers;
            [FeatureFlag({|CS0103:Missing|})]
            public sealed class Broken { }
            """], [(AppSettings, """{ "FeatureManagement": { {|#0:"Beta"|}: true } }""")],
            ConfigurationTest.Diagnostic(Rule).WithLocation(0).WithArguments("Beta", "appsettings.json",
                "; declare it with [FeatureFlag(\"Beta\")] or [Experiment(\"Beta\")]"));
}
