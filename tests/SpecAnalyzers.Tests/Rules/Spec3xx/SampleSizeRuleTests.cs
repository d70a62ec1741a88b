namespace SpecAnalyzers.Tests.Rules.Spec3xx;

/// <summary>
/// SPEC305: the users an experiment needs in its treatment and the days at its rollout. Expected numbers: mpmath
/// references of the DESIGN.md formula, listed with their exact values in <see cref="Power.SampleSizeTests"/>
/// (57,759.906 → 57,760; 30,991.095 → 30,992; mean 10,046.566 → 10,047; two success metrics 69,947.565 → 69,948;
/// a guardrail at power 0.9 83,925.704 → 83,926; α 0.01 and power 0.9 109,497.410 → 109,498).
/// </summary>
public sealed class SampleSizeRuleTests
{
    private const string Rule = "SPEC305";

    [Fact]
    public Task WorkedCheck_FivePercentOfEightyThousand() =>
        VerifyAsync("""
            using SpecAnalyzers;
            namespace Music
            {
                [Experiment("lyrics-card-share", Phase = Phase.Ship, RolloutPercent = 5, EligibleUsersPerDay = 80_000)]
                [SuccessMetric(typeof(CardShareRate), MinimumDetectableEffect = 0.05)]
                public sealed class {|#0:LyricsCardShare|} { }
            }
            """,
            Expected("30,992", "'cards.share_rate'", "8", 5, "80,000"));

    [Fact]
    public Task WorkedCheck_EvenSplit() =>
        VerifyAsync("""
            using SpecAnalyzers;
            namespace Music
            {
                [Experiment("lyrics-card-share", RolloutPercent = 50, EligibleUsersPerDay = 80000)]
                [SuccessMetric(typeof(CardShareRate), MinimumDetectableEffect = 0.05)]
                public sealed class {|#0:LyricsCardShare|} { }
            }
            """,
            Expected("57,760", "'cards.share_rate'", "2", 50, "80,000"));

    [Fact]
    public Task MeanMetric_UnequalTraffic() =>
        VerifyAsync("""
            using SpecAnalyzers;
            namespace Music
            {
                [Experiment("lyrics-card-share", Phase = Phase.Build, RolloutPercent = 20, EligibleUsersPerDay = 10_000)]
                [SuccessMetric(typeof(ListeningMinutes), MinimumDetectableEffect = 0.02)]
                public sealed class {|#0:LyricsCardShare|} { }
            }
            """,
            Expected("10,047", "'listening.minutes'", "6", 20, "10,000"));

    [Fact]
    public Task TwoSuccessMetrics_SplitAlpha() =>
        VerifyAsync("""
            using SpecAnalyzers;
            namespace Music
            {
                [Experiment("lyrics-card-share", RolloutPercent = 50, EligibleUsersPerDay = 80_000)]
                [SuccessMetric(typeof(CardShareRate), MinimumDetectableEffect = 0.05)]
                [SuccessMetric(typeof(CardSaveRate), MinimumDetectableEffect = 0.05)]
                public sealed class {|#0:LyricsCardShare|} { }
            }
            """,
            Expected("69,948", "'cards.share_rate'", "2", 50, "80,000"));

    [Fact]
    public Task Guardrail_OneSidedAtCorrectedPower_NamedWhenItDrives() =>
        VerifyAsync("""
            using SpecAnalyzers;
            namespace Music
            {
                [Experiment("lyrics-card-share", RolloutPercent = 50, EligibleUsersPerDay = 80_000)]
                [SuccessMetric(typeof(CardShareRate), MinimumDetectableEffect = 0.05)]
                [GuardrailMetric(typeof(ErrorRate), NonInferiorityMargin = 0.10)]
                public sealed class {|#0:LyricsCardShare|} { }
            }
            """,
            Expected("83,926", "'app.error_rate'", "3", 50, "80,000"));

    [Fact]
    public Task MetricsWithoutBaseline_LeftOut_ButStillCountedAsTests() =>
        VerifyAsync("""
            using SpecAnalyzers;
            namespace Music
            {
                [Experiment("lyrics-card-share", RolloutPercent = 50, EligibleUsersPerDay = 80_000)]
                [SuccessMetric(typeof(CardShareRate), MinimumDetectableEffect = 0.05)]
                [SuccessMetric(typeof(LyricsShareRate), MinimumDetectableEffect = 0.02)]
                [GuardrailMetric(typeof(CrashRate), NonInferiorityMargin = 0.001)]
                public sealed class {|#0:LyricsCardShare|} { }
            }
            """,
            // m = 2 and G = 1: z₀.₉₉₃₇₅ + z₀.₉; exact 91,334.072 (mpmath, as in Power.SampleSizeTests).
            Expected("91,335", "'cards.share_rate'", "3", 50, "80,000"));

    [Fact]
    public async Task TrafficAlphaAndPowerFromOptions()
    {
        var test = RuleVerifier.Create(Rule, Verifiers.SpecSources.Catalog, PowerSources.Metrics, """
            using SpecAnalyzers;
            namespace Music
            {
                [Experiment("lyrics-card-share", RolloutPercent = 50)]
                [SuccessMetric(typeof(CardShareRate), MinimumDetectableEffect = 0.05)]
                public sealed class {|#0:LyricsCardShare|} { }
            }
            """);
        test.TestState.AnalyzerConfigFiles.Add(RuleVerifier.EditorConfig(
            "spec_analyzers.eligible_users_per_day = 1_000_000", "spec_analyzers.alpha = 0.01", "spec_analyzers.power = 0.9"));
        test.ExpectedDiagnostics.Add(Expected("109,498", "'cards.share_rate'", "1", 50, "1,000,000"));
        await test.RunAsync();
    }

    [Fact]
    public async Task AttributeTrafficWinsOverOption_AndUnreadableOptionsCountAsUnset()
    {
        var test = RuleVerifier.Create(Rule, Verifiers.SpecSources.Catalog, PowerSources.Metrics, """
            using SpecAnalyzers;
            namespace Music
            {
                [Experiment("lyrics-card-share", RolloutPercent = 5, EligibleUsersPerDay = 80_000)]
                [SuccessMetric(typeof(CardShareRate), MinimumDetectableEffect = 0.05)]
                public sealed class {|#0:LyricsCardShare|} { }
            }
            """);
        test.TestState.AnalyzerConfigFiles.Add(RuleVerifier.EditorConfig(
            "spec_analyzers.eligible_users_per_day = 5", "spec_analyzers.alpha = 1.5", "spec_analyzers.power = high"));
        test.ExpectedDiagnostics.Add(Expected("30,992", "'cards.share_rate'", "8", 5, "80,000"));
        await test.RunAsync();
    }

    [Fact]
    public Task PartialSpecOverFiles_ConstantsAliasesAndQualifiedNames_ReportedOnce() =>
        RuleVerifier.VerifyAsync(Rule, [PowerSources.Metrics, """
            using Exp = SpecAnalyzers.ExperimentAttribute;
            namespace Music
            {
                internal static class Traffic
                {
                    public const long Daily = 40_000 * 2;
                    public const int Pilot = 5;
                }

                [Exp("lyrics-card-share", Phase = SpecAnalyzers.Phase.Ship, RolloutPercent = Traffic.Pilot, EligibleUsersPerDay = Traffic.Daily)]
                public sealed partial class {|#0:LyricsCardShare|} { }
            }
            """, """
            namespace Music
            {
                internal static class Effects { public const double FivePercent = 0.05; }

                [global::SpecAnalyzers.SuccessMetricAttribute(typeof(CardShareRate), MinimumDetectableEffect = Effects.FivePercent)]
                public sealed partial class LyricsCardShare { }
            }
            """],
            Expected("30,992", "'cards.share_rate'", "8", 5, "80,000"));

    [Fact]
    public Task MetricDeclaredAfterTheSpecInAnotherFile_Read() =>
        RuleVerifier.VerifyAsync(Rule, ["""
            using SpecAnalyzers;
            namespace Music
            {
                [Experiment("lyrics-card-share", RolloutPercent = 5, EligibleUsersPerDay = 80_000)]
                [SuccessMetric(typeof(Later.CardRate), MinimumDetectableEffect = 0.05)]
                public sealed class {|#0:LyricsCardShare|} { }
            }
            """, """
            namespace Music.Later
            {
                [SpecAnalyzers.Metric("cards.rate", Baseline = 0.1)]
                public sealed class CardRate { }
            }
            """],
            Expected("30,992", "'cards.rate'", "8", 5, "80,000"));

    [Theory]
    [InlineData("RolloutPercent = 5")] // no traffic anywhere
    [InlineData("EligibleUsersPerDay = 80_000")] // no rollout
    [InlineData("RolloutPercent = 100, EligibleUsersPerDay = 80_000")] // no control group
    [InlineData("RolloutPercent = 0, EligibleUsersPerDay = 80_000")]
    [InlineData("RolloutPercent = 5, EligibleUsersPerDay = 0")] // SPEC307's
    [InlineData("Phase = Phase.Retired, RolloutPercent = 5, EligibleUsersPerDay = 80_000")]
    public Task IncompleteOrRetired_NoDiagnostic(string arguments) =>
        VerifyAsync($$"""
            using SpecAnalyzers;
            namespace Music
            {
                [Experiment("lyrics-card-share", {{arguments}})]
                [SuccessMetric(typeof(CardShareRate), MinimumDetectableEffect = 0.05)]
                public sealed class LyricsCardShare { }
            }
            """);

    [Theory]
    [InlineData("[SuccessMetric(typeof(LyricsShareRate), MinimumDetectableEffect = 0.05)]")] // no baseline
    [InlineData("[SuccessMetric(typeof(CardShareRate))]")] // no MDE
    [InlineData("[SuccessMetric(typeof(CardShareRate), MinimumDetectableEffect = 0)]")] // SPEC303's
    [InlineData("[SuccessMetric(typeof(SessionLength), MinimumDetectableEffect = 0.05)]")] // not a metric (SPEC102)
    [InlineData("[SuccessMetric(typeof(Music.Broken), MinimumDetectableEffect = 0.05)]")] // SPEC307 on the metric
    public Task NothingToSize_NoDiagnostic(string successMetric) =>
        VerifyAsync($$"""
            using SpecAnalyzers;
            namespace Music
            {
                [Metric("cards.broken", Baseline = 1.5)]
                public sealed class Broken { }

                [Experiment("lyrics-card-share", RolloutPercent = 5, EligibleUsersPerDay = 80_000)]
                {{successMetric}}
                public sealed class LyricsCardShare { }
            }
            """);

    [Fact]
    public async Task FeatureFlag_NotSized()
    {
        var test = RuleVerifier.Create(Rule, Verifiers.SpecSources.Catalog, PowerSources.Metrics, """
            using SpecAnalyzers;
            namespace Music
            {
                [FeatureFlag("offline-lyrics", Phase = Phase.Ship)]
                [SuccessMetric(typeof(CardShareRate), MinimumDetectableEffect = 0.05)]
                public sealed class OfflineLyrics { }
            }
            """);
        test.TestState.AnalyzerConfigFiles.Add(RuleVerifier.EditorConfig("spec_analyzers.eligible_users_per_day = 80000"));
        await test.RunAsync();
    }

    [Fact]
    public async Task BrokenCode_NoCrash()
    {
        var diagnostics = await AnalyzerRunner.GetAnalyzerDiagnosticsAsync(PowerSources.Metrics, """
            using SpecAnalyzers;
            namespace Music
            {
                [Metric("half.typed", Baseline = , StandardDeviation = "x")]
                public sealed class HalfTyped { }

                [Experiment("lyrics-card-share", RolloutPercent = 5, EligibleUsersPerDay = )]
                [SuccessMetric(typeof(HalfTyped), MinimumDetectableEffect = 0.05)]
                [SuccessMetric(typeof(Missing), MinimumDetectableEffect = 0.05)]
                [GuardrailMetric(typeof(CardShareRate), NonInferiorityMargin = double.NaN)]
                public sealed class LyricsCardShare { }

                [Experiment("podcast-chapters", RolloutPercent = 50, EligibleUsersPerDay = long.MaxValue)]
                [SuccessMetric(typeof(CardShareRate), MinimumDetectableEffect = double.Epsilon)]
                public sealed class PodcastChapters
            """);

        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == Rule && diagnostic.GetMessage().Contains("lyrics-card-share"));
    }

    private static Task VerifyAsync(string source, params Microsoft.CodeAnalysis.Testing.DiagnosticResult[] expected) =>
        RuleVerifier.VerifyAsync(Rule, [PowerSources.Metrics, source], expected);

    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Expected(string users, string metric, string days, int rollout, string traffic) =>
        RuleVerifier.Diagnostic(Rule).WithLocation(0).WithArguments(PowerSources.Experiment, users, metric, days, rollout, traffic);
}
