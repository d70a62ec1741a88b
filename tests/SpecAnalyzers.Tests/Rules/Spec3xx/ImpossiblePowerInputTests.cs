using Microsoft.CodeAnalysis.Testing;

namespace SpecAnalyzers.Tests.Rules.Spec3xx;

/// <summary>SPEC307: power inputs no sample size exists for, each reported on its value.</summary>
public sealed class ImpossiblePowerInputTests
{
    private const string Rule = "SPEC307";
    private const string RateAdvice = "is not a rate strictly between 0 and 1: write a rate (0.12 = 12%), or add StandardDeviation for a mean metric";

    [Theory]
    [InlineData("1.5", "1.5")]
    [InlineData("0", "0")]
    [InlineData("1", "1")]
    [InlineData("-0.1", "-0.1")]
    [InlineData("double.NaN", "NaN")]
    public Task RateBaselineOutsideZeroOne_ReportedOnTheBaseline(string written, string shown) =>
        VerifyAsync($$"""
            using SpecAnalyzers;
            [Metric("cards.open_rate", Baseline = {|#0:{{written}}|})]
            public sealed class CardOpenRate { }
            """,
            RuleVerifier.Diagnostic(Rule).WithLocation(0).WithArguments("Metric CardOpenRate", "Baseline " + shown + " " + RateAdvice));

    [Theory]
    [InlineData("Baseline = 0.12")]
    [InlineData("Baseline = 0.999")]
    [InlineData("Baseline = 1.5, StandardDeviation = 2")] // a mean may be any non-zero value
    [InlineData("Baseline = -40, StandardDeviation = 25")]
    [InlineData("StandardDeviation = 2")] // no baseline: not sized, nothing impossible
    [InlineData("Direction = MetricDirection.Decrease")]
    public Task PossibleInputs_NoDiagnostic(string arguments) =>
        VerifyAsync($$"""
            using SpecAnalyzers;
            [Metric("cards.open_rate", {{arguments}})]
            public sealed class CardOpenRate { }
            """);

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    public Task StandardDeviationNotPositive_ReportedOnIt(string deviation) =>
        VerifyAsync($$"""
            using SpecAnalyzers;
            [Metric("listening.minutes", Baseline = 12.5, StandardDeviation = {|#0:{{deviation}}|})]
            public sealed class Minutes { }
            """,
            RuleVerifier.Diagnostic(Rule).WithLocation(0).WithArguments(
                "Metric Minutes",
                "StandardDeviation " + deviation + " is not positive: write the per-user standard deviation of the mean, or leave it out for a rate"));

    [Fact]
    public Task MeanBaselineZero_ReportedOnTheBaseline() =>
        VerifyAsync("""
            using SpecAnalyzers;
            [Metric("revenue.delta", StandardDeviation = 4, Baseline = {|#0:0|})]
            public sealed class RevenueDelta { }
            """,
            RuleVerifier.Diagnostic(Rule).WithLocation(0).WithArguments(
                "Metric RevenueDelta", "Baseline 0 of a mean metric leaves a relative effect nothing to detect: write the metric's current mean"));

    [Theory]
    [InlineData("0")]
    [InlineData("-80_000")]
    public Task TrafficNotPositive_ReportedOnIt(string traffic) =>
        VerifyAsync($$"""
            using SpecAnalyzers;
            namespace Music
            {
                [Experiment("lyrics-card-share", RolloutPercent = 5, EligibleUsersPerDay = {|#0:{{traffic}}|})]
                [SuccessMetric(typeof(CardShareRate), MinimumDetectableEffect = 0.05)]
                public sealed class LyricsCardShare { }
            }
            """,
            RuleVerifier.Diagnostic(Rule).WithLocation(0).WithArguments(
                PowerSources.Experiment,
                "EligibleUsersPerDay " + traffic.Replace("_", "") + " is not positive: write how many users a day could enter the experiment"));

    [Fact]
    public Task EffectMovesRatePastOne_ReportedOnTheEffect() =>
        VerifyAsync("""
            using SpecAnalyzers;
            namespace Music
            {
                [Metric("cards.view_rate", Baseline = 0.6)]
                public sealed class CardViewRate { }

                [Experiment("lyrics-card-share", RolloutPercent = 5, EligibleUsersPerDay = 80_000)]
                [SuccessMetric(typeof(CardViewRate), MinimumDetectableEffect = {|#0:0.9|})]
                public sealed class LyricsCardShare { }
            }
            """,
            RuleVerifier.Diagnostic(Rule).WithLocation(0).WithArguments(
                PowerSources.Experiment,
                "MinimumDetectableEffect 0.9 moves 'cards.view_rate' from 0.6 to 1.14, past what a rate can be: aim for a smaller effect"));

    [Fact]
    public Task DecreasingRateOrGuardrailOrMean_CannotPassTheBounds() =>
        VerifyAsync("""
            using SpecAnalyzers;
            namespace Music
            {
                [Metric("cards.view_rate", Baseline = 0.6, Direction = MetricDirection.Decrease)]
                public sealed class CardViewRate { }

                [Metric("cards.seen_rate", Baseline = 0.6)]
                public sealed class CardSeenRate { }

                [Experiment("lyrics-card-share", RolloutPercent = 5, EligibleUsersPerDay = 80_000)]
                [SuccessMetric(typeof(CardViewRate), MinimumDetectableEffect = 0.9)]
                [SuccessMetric(typeof(ListeningMinutes), MinimumDetectableEffect = 0.9)]
                [GuardrailMetric(typeof(CardSeenRate), NonInferiorityMargin = 0.9)]
                public sealed class LyricsCardShare { }
            }
            """);

    [Fact]
    public Task PartialSpecAndMetricOverFiles_ConstantsAliasesAndQualifiedNames() =>
        RuleVerifier.VerifyAsync(Rule, [PowerSources.Metrics, """
            using M = SpecAnalyzers.MetricAttribute;
            namespace Music
            {
                internal static class Baselines { public const double Opens = 0.5 * 3; }

                [M("cards.open_rate", Baseline = {|#0:Baselines.Opens|})]
                public sealed class CardOpenRate { }

                [global::SpecAnalyzers.ExperimentAttribute("lyrics-card-share", RolloutPercent = 5, EligibleUsersPerDay = {|#1:Traffic.None|})]
                public sealed partial class LyricsCardShare { }
            }
            """, """
            namespace Music
            {
                internal static class Traffic { public const long None = 0; }

                [SpecAnalyzers.SuccessMetric(typeof(Later), MinimumDetectableEffect = {|#2:Effects.Double|})]
                public sealed partial class LyricsCardShare { }

                internal static class Effects { public const double Double = 0.99; }

                [SpecAnalyzers.Metric("cards.later_rate", Baseline = 0.7)]
                public sealed class Later { }
            }
            """],
            RuleVerifier.Diagnostic(Rule).WithLocation(0).WithArguments("Metric CardOpenRate", "Baseline 1.5 " + RateAdvice),
            RuleVerifier.Diagnostic(Rule).WithLocation(1).WithArguments(
                PowerSources.Experiment, "EligibleUsersPerDay 0 is not positive: write how many users a day could enter the experiment"),
            RuleVerifier.Diagnostic(Rule).WithLocation(2).WithArguments(
                PowerSources.Experiment,
                "MinimumDetectableEffect 0.99 moves 'cards.later_rate' from 0.7 to 1.393, past what a rate can be: aim for a smaller effect"));

    [Fact]
    public async Task BrokenCode_NoCrash_NoDiagnosticOnHalfTypedValues()
    {
        var diagnostics = await AnalyzerRunner.GetAnalyzerDiagnosticsAsync("""
            using SpecAnalyzers;
            [Metric("cards.open_rate", Baseline = , StandardDeviation = )]
            public sealed class A { }

            [Metric("cards.close_rate", Baseline = "high")]
            public sealed class B { }

            [Experiment("lyrics-card-share", EligibleUsersPerDay = "many", RolloutPercent = 5)]
            [SuccessMetric(typeof(A), MinimumDetectableEffect = )]
            [SuccessMetric(typeof(Nope), MinimumDetectableEffect = 0.5)]
            public sealed class C
            """);

        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == Rule);
    }

    private static Task VerifyAsync(string source, params DiagnosticResult[] expected) =>
        RuleVerifier.VerifyAsync(Rule, [PowerSources.Metrics, source], expected);
}
