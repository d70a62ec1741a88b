using System.Collections.Immutable;
using SpecAnalyzers.Power;

namespace SpecAnalyzers.Tests.Power;

/// <summary>
/// The sizing of DESIGN.md ("Experiment power") against independent references: every expected value was computed
/// with mpmath 1.3 at 40 digits (quantiles as sqrt(2)·erfinv(2p − 1)) from the formula
/// n = (z₁₋α′ + z₁₋β′)² · (σ²_c / κ + σ²_t) / δ², κ = (100 − r) / r, α′ = α/(2m) two-sided or α one-sided,
/// β′ = β/(G + 1), and rounded up; the exact value is in each comment. Inputs here are variances written out by hand
/// from the metric definitions, so the analyzer's own reading of metrics is not what is being checked.
/// </summary>
public sealed class SampleSizeTests
{
    /// <summary>Baseline rate 0.10 moved +5% (to 0.105): σ²_c = 0.1·0.9, σ²_t = 0.105·0.895, δ = 0.005.</summary>
    private static readonly MetricTest ShareRate = new("'lyrics.share_rate'", TestKind.Superiority, 0.1 * 0.9, 0.105 * 0.895, 0.005);

    [Theory]
    [InlineData(50, 57_760)] // 57,759.906 — DESIGN.md's worked check
    [InlineData(5, 30_992)] // 30,991.095 — DESIGN.md's worked check
    [InlineData(20, 36_568)] // 36,567.931 — unequal traffic
    [InlineData(1, 29_790)] // 29,789.353
    [InlineData(99, 2_826_845)] // 2,826,844.676: a 1% control needs a huge treatment
    public void RateMetric_WorkedChecksAndUnequalTraffic(int rollout, double expected) =>
        Assert.Equal(expected, Size([ShareRate], 1, 0).Estimate(rollout, 80_000)!.TreatmentUsers);

    [Fact]
    public void WorkedCheck_EightDaysAtFivePercentOfEightyThousand()
    {
        var estimate = Size([ShareRate], 1, 0).Estimate(5, 80_000)!;

        Assert.Equal(30_992, estimate.TreatmentUsers);
        Assert.Equal(8, estimate.Days); // 30,992 / (80,000 · 5%) = 7.748
        Assert.Equal("'lyrics.share_rate'", estimate.DrivingMetric);
    }

    [Fact]
    public void DecreasingRate_MovesTheBaselineDown()
    {
        // 0.10 moved −5% (to 0.095): σ²_t = 0.095·0.905. Exact: 55,248.264.
        var test = new MetricTest("'app.skip_rate'", TestKind.Superiority, 0.1 * 0.9, 0.095 * 0.905, 0.005);

        Assert.Equal(55_249, Size([test], 1, 0).Estimate(50, 80_000)!.TreatmentUsers);
    }

    [Theory]
    [InlineData(50, 16_075)] // 16,074.506
    [InlineData(20, 10_047)] // 10,046.566
    public void MeanMetric_UsesItsStandardDeviation(int rollout, double expected)
    {
        // Mean 12.5 minutes, SD 8, +2%: σ² = 64 in both groups, δ = 0.25.
        var test = new MetricTest("'listening.minutes'", TestKind.Superiority, 64, 64, 0.25);

        Assert.Equal(expected, Size([test], 1, 0).Estimate(rollout, 80_000)!.TreatmentUsers);
    }

    [Theory]
    [InlineData(2, 69_948)] // 69,947.565: each test at α/2, two-sided (z = z₀.₉₉₃₇₅)
    [InlineData(3, 77_043)] // 77,042.210
    public void SuccessMetrics_SplitAlpha(int successMetrics, double expected) =>
        Assert.Equal(expected, Size([ShareRate], successMetrics, 0).Estimate(50, 80_000)!.TreatmentUsers);

    [Theory]
    [InlineData(1, 77_325)] // 77,324.126: power 1 − 0.2/2 = 0.9
    [InlineData(2, 88_153)] // 88,152.479: power 1 − 0.2/3
    public void Guardrails_RaiseEveryTestsPower(int guardrails, double expected) =>
        Assert.Equal(expected, Size([ShareRate], 1, guardrails).Estimate(50, 80_000)!.TreatmentUsers);

    [Theory]
    [InlineData(50, 83_926)] // 83,925.704: one-sided at α = 0.05, power 0.9
    [InlineData(10, 46_626)] // 46,625.391
    public void Guardrail_OneSidedNonInferiority_DrivesWhenItsMarginIsTight(int rollout, double expected)
    {
        // Crash rate 0.02 with a 10% margin: δ = 0.002, σ²_t = σ²_c = 0.02·0.98.
        var crashRate = new MetricTest("'app.crash_rate'", TestKind.NonInferiority, 0.02 * 0.98, 0.02 * 0.98, 0.002);

        var estimate = Size([ShareRate, crashRate], 1, 1).Estimate(rollout, 80_000)!;

        Assert.Equal(expected, estimate.TreatmentUsers);
        Assert.Equal("'app.crash_rate'", estimate.DrivingMetric);
    }

    [Fact]
    public void Guardrail_MeanMetric()
    {
        // Mean 30 ms, SD 45, 2% margin: δ = 0.6. Exact: 96,343.283.
        var latency = new MetricTest("'app.latency'", TestKind.NonInferiority, 45 * 45, 45 * 45, 0.6);

        Assert.Equal(96_344, Size([latency], 1, 1).Estimate(50, 80_000)!.TreatmentUsers);
    }

    [Fact]
    public void AlphaAndPower_AreInputs()
    {
        // α 0.01, power 0.9. Exact: 109,497.410.
        var size = new SampleSize([ShareRate], 1, 0, 0.01, 0.9);

        Assert.Equal(109_498, size.Estimate(50, 80_000)!.TreatmentUsers);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    [InlineData(-5)]
    public void NoControlOrNoTreatment_NoEstimate(int rollout) =>
        Assert.Null(Size([ShareRate], 1, 0).Estimate(rollout, 80_000));

    [Fact]
    public void DifferenceTooSmallToRepresent_NoEstimate()
    {
        var test = new MetricTest("'tiny'", TestKind.Superiority, 0.25, 0.25, 1e-300);

        Assert.Null(Size([test], 1, 0).Estimate(50, 80_000));
    }

    [Fact]
    public void SmallestRolloutWithin_IsTheFirstWholePercentThatFits()
    {
        // At 80,000 a day: 8% takes 5 days (31,961 users), 7% takes 6 (31,631).
        var size = Size([ShareRate], 1, 0);

        var raised = size.SmallestRolloutWithin(6, 80_000, days: 5)!;

        Assert.Equal(8, raised.RolloutPercent);
        Assert.Equal(5, raised.Days);
        Assert.Equal(31_961, raised.TreatmentUsers);
        Assert.Null(size.SmallestRolloutWithin(6, 80_000, days: 1));
    }

    [Fact]
    public void Fastest_IsNearAnEvenSplit_NotAtFullRollout()
    {
        // 2 days from 25% (38,923 users) up to past 50%: a larger treatment fills faster but leaves a smaller control.
        var fastest = Size([ShareRate], 1, 0).Fastest(80_000)!;

        Assert.Equal(25, fastest.RolloutPercent);
        Assert.Equal(2, fastest.Days);
    }

    private static SampleSize Size(ImmutableArray<MetricTest> tests, int successMetrics, int guardrails) =>
        new(tests, successMetrics, guardrails, 0.05, 0.8);
}
