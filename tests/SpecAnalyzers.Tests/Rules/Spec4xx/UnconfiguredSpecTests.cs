namespace SpecAnalyzers.Tests.Rules.Spec4xx;

/// <summary>SPEC402: a live spec (Build, Ship, Tweak) no configuration declares: the flag is always off. On the spec's key.</summary>
public sealed class UnconfiguredSpecTests
{
    private const string Rule = "SPEC402";
    private const string AppSettings = "/0/appsettings.json";

    private const string Specs = """
        using SpecAnalyzers;

        [FeatureFlag({|#0:"lyrics-card-share"|}, Phase = Phase.Build)]
        public sealed partial class LyricsCardShare { }

        [FeatureFlag("idea", Phase = Phase.Think)]
        public sealed class Idea { }

        [FeatureFlag("old-player", Phase = Phase.Retired)]
        public sealed class OldPlayer { }
        """;

    private const string LyricsCardShare = "Feature flag 'lyrics-card-share' (LyricsCardShare)";

    [Fact]
    public Task LiveSpecMissing_ReportedOnItsKey_ThinkAndRetiredAreNot() =>
        ConfigurationTest.VerifyAsync(Rule, [Specs], [(AppSettings, """{ "FeatureManagement": { "Beta": true } }""")],
            ConfigurationTest.Diagnostic(Rule).WithLocation(0).WithArguments(LyricsCardShare, "Build", "lyrics-card-share", "appsettings.json"));

    [Fact]
    public Task DeclaredInDotnetSchema_IgnoringCase_NoDiagnostic() =>
        ConfigurationTest.VerifyAsync(Rule, [Specs.Replace("{|#0:", "").Replace("|}", "")], [(AppSettings, """
            { "FeatureManagement": { "Lyrics-Card-Share": false } }
            """)]);

    [Fact]
    public Task DeclaredInMicrosoftSchema_NoDiagnostic() =>
        ConfigurationTest.VerifyAsync(Rule, [Specs.Replace("{|#0:", "").Replace("|}", "")], [(AppSettings, """
            // Microsoft's schema
            { "feature_management": { "feature_flags": [ { "id": "lyrics-card-share", "enabled": false, }, ] } }
            """)]);

    [Fact]
    public Task DeclaredOnlyInAnOverlay_CountsAsConfigured() =>
        ConfigurationTest.VerifyAsync(Rule, [Specs.Replace("{|#0:", "").Replace("|}", "")], [
            (AppSettings, """{ "FeatureManagement": { } }"""),
            ("/0/appsettings.Development.json", """{ "FeatureManagement": { "lyrics-card-share": true } }""")]);

    [Fact]
    public Task NoConfigurationFile_NoDiagnostic() =>
        ConfigurationTest.VerifyAsync(Rule, [Specs.Replace("{|#0:", "").Replace("|}", "")], []);

    [Fact]
    public Task ConfigurationWithoutAFlagSection_NoDiagnostic() =>
        ConfigurationTest.VerifyAsync(Rule, [Specs.Replace("{|#0:", "").Replace("|}", "")], [(AppSettings, """{ "Logging": { } }""")]);

    [Fact]
    public Task UnreadableConfiguration_DoesNotDeclareFlags_NoDiagnostic() =>
        ConfigurationTest.VerifyAsync(Rule, [Specs.Replace("{|#0:", "").Replace("|}", "")], [(AppSettings, """{ "FeatureManagement": { "Beta": """)]);

    [Fact]
    public Task KeyFromConstant_AndShipExperiment_ReportedOnTheKeyArgument() =>
        ConfigurationTest.VerifyAsync(Rule, ["""
            using SpecAnalyzers;

            [Experiment({|#0:Keys.Redesign|}, Phase = Phase.Ship, RolloutPercent = 10)]
            public sealed class CheckoutRedesign { }

            public static class Keys { public const string Redesign = "checkout-redesign"; }
            """], [(AppSettings, """{ "FeatureManagement": { "Beta": true } }"""), ("/0/appsettings.Staging.json", """{ "FeatureManagement": { } }""")],
            ConfigurationTest.Diagnostic(Rule).WithLocation(0).WithArguments(
                "Experiment 'checkout-redesign' (CheckoutRedesign)", "Ship", "checkout-redesign", "appsettings.json, appsettings.Staging.json"));
}
