using SpecAnalyzers.CodeFixes.Configuration;

namespace SpecAnalyzers.Tests.Rules.Spec4xx;

/// <summary>SPEC406's fix enables telemetry on the experiment's entry in the JSON, keeping its layout and comments.</summary>
public sealed class EnableTelemetryFixTests
{
    private const string Rule = "SPEC406";
    private const string AppSettings = "/0/appsettings.json";

    private const string Spec = """
        using SpecAnalyzers;
        [Experiment({|#0:"lyrics-card-share"|}, Phase = Phase.Ship, RolloutPercent = 5)]
        public sealed class LyricsCardShare { }
        """;

    private const string Experiment = "Experiment 'lyrics-card-share' (LyricsCardShare)";
    private const string SetTelemetry = "set \"telemetry\": { \"enabled\": true } on its entry";
    private const string OnFirstLine = "appsettings.json(1,54)";

    private const string FixedSpec = """
        using SpecAnalyzers;
        [Experiment("lyrics-card-share", Phase = Phase.Ship, RolloutPercent = 5)]
        public sealed class LyricsCardShare { }
        """;

    [Fact]
    public Task MissingTelemetry_IsAddedOnItsOwnLine_CommentsKept() =>
        Verify(
            "appsettings.json(7,15)",
            """
            {
              "feature_management": {
                "feature_flags": [
                  { "id": "other", "enabled": true },
                  {
                    // the lyric card experiment
                    "id": "lyrics-card-share",
                    "enabled": true, // on for the rollout
                  }
                ]
              }
            }
            """,
            """
            {
              "feature_management": {
                "feature_flags": [
                  { "id": "other", "enabled": true },
                  {
                    // the lyric card experiment
                    "id": "lyrics-card-share",
                    "enabled": true,
                    "telemetry": { "enabled": true }, // on for the rollout
                  }
                ]
              }
            }
            """);

    [Fact]
    public Task SingleLineEntry_GetsTheMemberOnItsLine() =>
        Verify(
            OnFirstLine,
            """{ "feature_management": { "feature_flags": [ { "id": "Lyrics-Card-Share", "enabled": true } ] } }""",
            """{ "feature_management": { "feature_flags": [ { "id": "Lyrics-Card-Share", "enabled": true, "telemetry": { "enabled": true } } ] } }""");

    [Fact]
    public Task TelemetryDisabled_IsTurnedOn() =>
        Verify(
            OnFirstLine,
            """
            { "feature_management": { "feature_flags": [ { "id": "lyrics-card-share", "telemetry": { "enabled": false, "metadata": { "owner": "lyrics" } } } ] } }
            """,
            """
            { "feature_management": { "feature_flags": [ { "id": "lyrics-card-share", "telemetry": { "enabled": true, "metadata": { "owner": "lyrics" } } } ] } }
            """);

    [Fact]
    public Task TelemetryWithoutEnabled_GetsIt() =>
        Verify(
            OnFirstLine,
            """{ "feature_management": { "feature_flags": [ { "id": "lyrics-card-share", "telemetry": { } } ] } }""",
            """{ "feature_management": { "feature_flags": [ { "id": "lyrics-card-share", "telemetry": { "enabled": true } } ] } }""");

    [Fact]
    public Task DotnetSchemaEntry_OffersNoFix()
    {
        const string json = """{ "FeatureManagement": { "lyrics-card-share": true } }""";
        var test = ConfigurationFixTest.Create<EnableTelemetryCodeFix>(Rule, [(AppSettings, json)], [(AppSettings, json)]);
        test.TestCode = Spec;
        test.FixedCode = Spec;
        test.ExpectedDiagnostics.Add(ConfigurationFixTest.Diagnostic(Rule).WithLocation(0).WithArguments(Experiment, "appsettings.json(1,26)",
            "the FeatureManagement schema has no telemetry; declare it in feature_management.feature_flags with \"telemetry\": { \"enabled\": true }"));
        return test.RunAsync();
    }

    [Fact]
    public Task OverlayWithoutTelemetry_IsTheFileEdited() =>
        VerifyFiles(
            "appsettings.Development.json(1,54)",
            [
                (AppSettings, """{ "feature_management": { "feature_flags": [ { "id": "lyrics-card-share", "telemetry": { "enabled": true } } ] } }"""),
                ("/0/appsettings.Development.json", """{ "feature_management": { "feature_flags": [ { "id": "lyrics-card-share" } ] } }"""),
            ],
            [
                (AppSettings, """{ "feature_management": { "feature_flags": [ { "id": "lyrics-card-share", "telemetry": { "enabled": true } } ] } }"""),
                ("/0/appsettings.Development.json", """{ "feature_management": { "feature_flags": [ { "id": "lyrics-card-share", "telemetry": { "enabled": true } } ] } }"""),
            ]);

    private static Task Verify(string where, string json, string fixedJson) => VerifyFiles(where, [(AppSettings, json)], [(AppSettings, fixedJson)]);

    private static Task VerifyFiles(string where, (string, string)[] files, (string, string)[] fixedFiles)
    {
        var test = ConfigurationFixTest.Create<EnableTelemetryCodeFix>(Rule, files, fixedFiles);
        test.TestCode = Spec;
        test.FixedCode = FixedSpec;
        test.ExpectedDiagnostics.Add(ConfigurationFixTest.Diagnostic(Rule).WithLocation(0).WithArguments(Experiment, where, SetTelemetry));
        test.CodeActionEquivalenceKey = EnableTelemetryCodeFix.EquivalenceKey;
        return test.RunAsync();
    }
}
