namespace SpecAnalyzers.Tests.Rules.Spec4xx;

/// <summary>SPEC406: an experiment whose configuration does not enable telemetry; on the experiment's key.</summary>
public sealed class ExperimentWithoutTelemetryTests
{
    private const string Rule = "SPEC406";
    private const string AppSettings = "/0/appsettings.json";
    private const string Experiment = "Experiment 'lyrics-card-share' (LyricsCardShare)";
    private const string SetTelemetry = "set \"telemetry\": { \"enabled\": true } on its entry";

    private const string Spec = """
        using SpecAnalyzers;
        [Experiment({|#0:"lyrics-card-share"|}, Phase = Phase.Ship, RolloutPercent = 5)]
        public sealed class LyricsCardShare { }
        """;

    private static string Plain(string source) => source.Replace("{|#0:", "").Replace("|}", "");

    [Fact]
    public Task TelemetryEnabled_NoDiagnostic() =>
        ConfigurationTest.VerifyAsync(Rule, [Plain(Spec)], [(AppSettings, """
            { "feature_management": { "feature_flags": [ { "id": "Lyrics-Card-Share", "enabled": true, "telemetry": { "enabled": true } } ] } }
            """)]);

    [Fact]
    public Task TelemetryMissing_Reported() =>
        ConfigurationTest.VerifyAsync(Rule, [Spec], [(AppSettings, """
            { "feature_management": { "feature_flags": [ { "id": "lyrics-card-share", "enabled": true } ] } }
            """)],
            ConfigurationTest.Diagnostic(Rule).WithLocation(0).WithArguments(Experiment, "appsettings.json(1,54)", SetTelemetry));

    [Fact]
    public Task TelemetryDisabled_WithComments_Reported() =>
        ConfigurationTest.VerifyAsync(Rule, [Spec], [(AppSettings, """
            {
              "feature_management": {
                "feature_flags": [
                  // telemetry off while we test
                  { "id": "lyrics-card-share", "telemetry": { "enabled": false, }, },
                ],
              },
            }
            """)],
            ConfigurationTest.Diagnostic(Rule).WithLocation(0).WithArguments(Experiment, "appsettings.json(5,15)", SetTelemetry));

    [Fact]
    public Task DotnetSchema_HasNoTelemetry_Reported() =>
        ConfigurationTest.VerifyAsync(Rule, [Spec], [(AppSettings, """{ "FeatureManagement": { "lyrics-card-share": true } }""")],
            ConfigurationTest.Diagnostic(Rule).WithLocation(0).WithArguments(Experiment, "appsettings.json(1,26)",
                "the FeatureManagement schema has no telemetry; declare it in feature_management.feature_flags with \"telemetry\": { \"enabled\": true }"));

    [Fact]
    public Task OverlayTurnsTelemetryOff_Reported() =>
        ConfigurationTest.VerifyAsync(Rule, [Spec], [
            (AppSettings, """{ "feature_management": { "feature_flags": [ { "id": "lyrics-card-share", "telemetry": { "enabled": true } } ] } }"""),
            ("/0/appsettings.Development.json", """{ "feature_management": { "feature_flags": [ { "id": "lyrics-card-share" } ] } }""")],
            ConfigurationTest.Diagnostic(Rule).WithLocation(0).WithArguments(Experiment, "appsettings.Development.json(1,54)", SetTelemetry));

    [Fact]
    public Task FeatureFlagSpec_NoDiagnostic() =>
        ConfigurationTest.VerifyAsync(Rule, ["""
            using SpecAnalyzers;
            [FeatureFlag("lyrics-card-share", Phase = Phase.Ship)]
            public sealed class LyricsCardShare { }
            """], [(AppSettings, """{ "FeatureManagement": { "lyrics-card-share": true } }""")]);

    [Fact]
    public Task RetiredExperiment_NoDiagnostic() =>
        ConfigurationTest.VerifyAsync(Rule, ["""
            using SpecAnalyzers;
            [Experiment("lyrics-card-share", Phase = Phase.Retired, Outcome = Outcome.Shipped)]
            public sealed class LyricsCardShare { }
            """], [(AppSettings, """{ "FeatureManagement": { "lyrics-card-share": true } }""")]);

    [Fact]
    public Task NotConfigured_LeftToSpec402() =>
        ConfigurationTest.VerifyAsync(Rule, [Plain(Spec)], [(AppSettings, """{ "FeatureManagement": { "Beta": true } }""")]);
}
