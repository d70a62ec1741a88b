namespace SpecAnalyzers.Tests.Rules.Spec4xx;

/// <summary>SPEC403: an experiment's RolloutPercent differs from the configured rollout; on the RolloutPercent value.</summary>
public sealed class ConfiguredRolloutTests
{
    private const string Rule = "SPEC403";
    private const string AppSettings = "/0/appsettings.json";
    private const string Experiment = "Experiment 'lyrics-card-share' (LyricsCardShare)";

    private static string Spec(int percent) => $$"""
        using SpecAnalyzers;
        [Experiment("lyrics-card-share", Phase = Phase.Ship, RolloutPercent = {|#0:{{percent}}|})]
        public sealed class LyricsCardShare { }
        """;

    private const string Targeting = """
        {
          "FeatureManagement": {
            "Lyrics-Card-Share": {
              "EnabledFor": [ { "Name": "Microsoft.Targeting", "Parameters": { "Audience": { "DefaultRolloutPercentage": 20 } } } ]
            }
          }
        }
        """;

    [Fact]
    public Task TargetingRolloutDiffers_ReportedOnRolloutPercent() =>
        ConfigurationTest.VerifyAsync(Rule, [Spec(10)], [(AppSettings, Targeting)],
            ConfigurationTest.Diagnostic(Rule).WithLocation(0).WithArguments(Experiment, "10", "appsettings.json(4,114)", "20",
                "Microsoft.Targeting's Audience.DefaultRolloutPercentage"));

    [Fact]
    public Task TargetingRolloutMatches_NoDiagnostic() =>
        ConfigurationTest.VerifyAsync(Rule, [Spec(20)], [(AppSettings, Targeting)]);

    [Fact]
    public Task PercentageFilterWithoutPrefix_Compared() =>
        ConfigurationTest.VerifyAsync(Rule, [Spec(5)], [(AppSettings, """
            { "FeatureManagement": { "lyrics-card-share": { "EnabledFor": [ { "Name": "Percentage", "Parameters": { "Value": 50 } } ] } } }
            """)],
            ConfigurationTest.Diagnostic(Rule).WithLocation(0).WithArguments(Experiment, "5", "appsettings.json(1,114)", "50", "Microsoft.Percentage's Value"));

    [Fact]
    public Task PercentileAllocationShare_Compared() =>
        ConfigurationTest.VerifyAsync(Rule, [Spec(10)], [(AppSettings, """
            {
              "feature_management": {
                "feature_flags": [
                  {
                    "id": "lyrics-card-share",
                    "variants": [ { "name": "Control" }, { "name": "Treatment" } ],
                    "allocation": {
                      /* 5% treatment */
                      "percentile": [ { "variant": "Control", "from": 0, "to": 95 }, { "variant": "Treatment", "from": 95, "to": 100 } ],
                      "default_when_enabled": "Control",
                    },
                  },
                ],
              },
            }
            """)],
            ConfigurationTest.Diagnostic(Rule).WithLocation(0).WithArguments(Experiment, "10", "appsettings.json(9,27)", "5", "the percentile allocation outside 'Control'"));

    [Fact]
    public Task OverlayRolloutDiffers_ReportedForTheOverlay() =>
        ConfigurationTest.VerifyAsync(Rule, [Spec(20)], [
            (AppSettings, Targeting),
            ("/0/appsettings.Development.json", """
                { "featuremanagement": { "lyrics-card-share": { "enabledfor": [ { "parameters": { "audience": { "defaultrolloutpercentage": 100 } } } ] } } }
                """)],
            ConfigurationTest.Diagnostic(Rule).WithLocation(0).WithArguments(Experiment, "20", "appsettings.Development.json(1,125)", "100",
                "Microsoft.Targeting's Audience.DefaultRolloutPercentage"));

    [Fact]
    public Task FlagWithoutRolloutFilter_NoDiagnostic() =>
        ConfigurationTest.VerifyAsync(Rule, [Spec(10)], [(AppSettings, """{ "FeatureManagement": { "lyrics-card-share": true } }""")]);

    [Fact]
    public Task FeatureFlagSpec_IsNotAnExperiment_NoDiagnostic() =>
        ConfigurationTest.VerifyAsync(Rule, ["""
            using SpecAnalyzers;
            [FeatureFlag("lyrics-card-share", Phase = Phase.Ship)]
            public sealed class LyricsCardShare { }
            """], [(AppSettings, Targeting)]);

    [Fact]
    public Task RolloutFromConstant_InPartialSpec_Compared() =>
        ConfigurationTest.VerifyAsync(Rule, ["""
            using SpecAnalyzers;
            [Experiment("lyrics-card-share", Phase = Phase.Ship, RolloutPercent = {|#0:Rollouts.Small|})]
            public sealed partial class LyricsCardShare { }
            public static class Rollouts { public const int Small = 1; }
            """, """
            public sealed partial class LyricsCardShare { }
            """], [(AppSettings, Targeting)],
            ConfigurationTest.Diagnostic(Rule).WithLocation(0).WithArguments(Experiment, "1", "appsettings.json(4,114)", "20",
                "Microsoft.Targeting's Audience.DefaultRolloutPercentage"));
}
