namespace SpecAnalyzers.Tests.Rules.Spec3xx;

/// <summary>SPEC303: MDE and non-inferiority margin strictly between 0 and 1; no metric both success and guardrail.</summary>
public sealed class StatisticOutOfRangeTests
{
    private const string Rule = "SPEC303";
    private const string Experiment = "Experiment 'lyrics-card-share' (LyricsCardShare)";
    private const string RangeAdvice = " is out of range: write a relative change strictly between 0 and 1 (0.02 = 2%)";

    [Theory]
    [InlineData("0.02", "0.001")]
    [InlineData("0.5", "0.999")]
    [InlineData("1e-9", "0.05f")]
    public Task ValuesInRange_NoDiagnostic(string effect, string margin) =>
        RuleVerifier.VerifyAsync(Rule, $$"""
            using SpecAnalyzers;
            namespace Music
            {
                [Experiment("lyrics-card-share")]
                [SuccessMetric(typeof(LyricsShareRate), MinimumDetectableEffect = {{effect}})]
                [GuardrailMetric(typeof(CrashRate), NonInferiorityMargin = {{margin}})]
                public sealed class LyricsCardShare { }
            }
            """);

    [Fact]
    public Task UnwrittenValues_NoDiagnostic() =>
        RuleVerifier.VerifyAsync(Rule, """
            using SpecAnalyzers;
            namespace Music
            {
                [Experiment("lyrics-card-share")]
                [SuccessMetric(typeof(LyricsShareRate))]
                [GuardrailMetric(typeof(CrashRate))]
                public sealed class LyricsCardShare { }
            }
            """);

    [Theory]
    [InlineData("-0.02", "-0.02")]
    [InlineData("0", "0")]
    [InlineData("0.0", "0")]
    [InlineData("1", "1")]
    [InlineData("1.5", "1.5")]
    [InlineData("2", "2")]
    [InlineData("double.NaN", "NaN")]
    [InlineData("double.PositiveInfinity", "Infinity")]
    public Task MinimumDetectableEffectOutOfRange_ReportedOnValue(string written, string shown) =>
        RuleVerifier.VerifyAsync(Rule, $$"""
            using SpecAnalyzers;
            namespace Music
            {
                [Experiment("lyrics-card-share")]
                [SuccessMetric(typeof(LyricsShareRate), MinimumDetectableEffect = {|#0:{{written}}|})]
                public sealed class LyricsCardShare { }
            }
            """,
            RuleVerifier.Diagnostic(Rule).WithLocation(0).WithArguments(Experiment, "MinimumDetectableEffect " + shown + RangeAdvice));

    [Theory]
    [InlineData("-0.001", "-0.001")]
    [InlineData("0", "0")]
    [InlineData("1.0", "1")]
    public Task MarginOutOfRangeOnFeatureFlag_ReportedOnValue(string written, string shown) =>
        RuleVerifier.VerifyAsync(Rule, $$"""
            using SpecAnalyzers;
            namespace Music
            {
                [FeatureFlag("offline-lyrics")]
                [GuardrailMetric(typeof(CrashRate), NonInferiorityMargin = {|#0:{{written}}|})]
                public sealed class OfflineLyrics { }
            }
            """,
            RuleVerifier.Diagnostic(Rule).WithLocation(0).WithArguments("Feature flag 'offline-lyrics' (OfflineLyrics)", "NonInferiorityMargin " + shown + RangeAdvice));

    [Fact]
    public Task SameMetricAsSuccessAndGuardrail_ReportedOnGuardrail() =>
        RuleVerifier.VerifyAsync(Rule, """
            using SpecAnalyzers;
            namespace Music
            {
                [Experiment("lyrics-card-share")]
                [SuccessMetric(typeof(LyricsShareRate), MinimumDetectableEffect = 0.02)]
                [GuardrailMetric(typeof(CrashRate))]
                [GuardrailMetric({|#0:typeof(LyricsShareRate)|}, NonInferiorityMargin = 0.01)]
                public sealed class LyricsCardShare { }
            }
            """,
            RuleVerifier.Diagnostic(Rule).WithLocation(0).WithArguments(Experiment, "'LyricsShareRate' is both a success metric and a guardrail metric: guard a different metric"));

    [Fact]
    public Task SameMetricAcrossPartialFilesAndSpellings_Reported() =>
        RuleVerifier.VerifyAsync(Rule, ["""
            using Rate = Music.CrashRate;
            namespace Music
            {
                [SpecAnalyzers.Experiment("lyrics-card-share")]
                [SpecAnalyzers.SuccessMetricAttribute(typeof(Rate))]
                public sealed partial class LyricsCardShare { }
            }
            """, """
            namespace Music
            {
                [global::SpecAnalyzers.GuardrailMetric({|#0:typeof(global::Music.CrashRate)|})]
                public sealed partial class LyricsCardShare { }
            }
            """],
            RuleVerifier.Diagnostic(Rule).WithLocation(0).WithArguments(Experiment, "'CrashRate' is both a success metric and a guardrail metric: guard a different metric"));

    [Fact]
    public Task ConstantEffect_ReportedOnConstantReference() =>
        RuleVerifier.VerifyAsync(Rule, """
            using SpecAnalyzers;
            namespace Music
            {
                internal static class Effects
                {
                    public const double TwoPercent = 2 / 100;
                }

                [Experiment("lyrics-card-share")]
                [SuccessMetric(typeof(LyricsShareRate), MinimumDetectableEffect = {|#0:Effects.TwoPercent|})]
                public sealed class LyricsCardShare { }
            }
            """,
            RuleVerifier.Diagnostic(Rule).WithLocation(0).WithArguments(Experiment, "MinimumDetectableEffect 0" + RangeAdvice));

    [Fact]
    public async Task UnboundMetricsAndValues_NoCrash()
    {
        var diagnostics = await AnalyzerRunner.GetAnalyzerDiagnosticsAsync(SpecSources.Catalog, """
            using SpecAnalyzers;
            namespace Music
            {
                [Experiment("lyrics-card-share")]
                [SuccessMetric(typeof(Missing), MinimumDetectableEffect = )]
                [GuardrailMetric(typeof(Missing), NonInferiorityMargin = "small")]
                public sealed class LyricsCardShare { }
            }
            """);

        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == Rule);
    }
}
