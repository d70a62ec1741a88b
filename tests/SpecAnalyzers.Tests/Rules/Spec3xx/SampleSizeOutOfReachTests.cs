using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using SpecAnalyzers.Testing;

namespace SpecAnalyzers.Tests.Rules.Spec3xx;

/// <summary>
/// SPEC306: the experiment needs more days than its window, reference date (2026-11-01 in every test, as for
/// SPEC106) to ReviewBy, else RemoveBy. The worked check's metric (10% +5%) at 80,000 users a day takes, by the mpmath
/// references of <see cref="Power.SampleSizeTests"/>: 8 days at 5% (30,992), 7 at 6%, 6 at 7%, 5 at 8% (31,961),
/// 5 at 92% (354,448), 6 at 93%, 8 at 95% (566,368), and at best 2 days (25%, 38,923, the smallest of the fastest).
/// </summary>
public sealed class SampleSizeOutOfReachTests
{
    private const string Rule = "SPEC306";

    [Fact]
    public Task ReviewInFiveDays_RaiseToEightPercent() =>
        VerifyAsync("""
            using SpecAnalyzers;
            namespace Music
            {
                [Experiment("lyrics-card-share", Phase = Phase.Ship, RolloutPercent = {|#0:5|}, EligibleUsersPerDay = 80_000)]
                [SuccessMetric(typeof(CardShareRate), MinimumDetectableEffect = 0.05)]
                [TweakPlan("Cut card render time", ReviewBy = "2026-11-06")]
                public sealed class LyricsCardShare { }
            }
            """,
            Expected("30,992", "8", 5, "5", "2026-11-06", "raise RolloutPercent to 8% (5 days)"));

    [Theory]
    [InlineData("2026-11-09")] // 8 days: exactly enough
    [InlineData("2027-02-01")]
    public Task WindowLongEnough_NoDiagnostic(string reviewBy) =>
        VerifyAsync($$"""
            using SpecAnalyzers;
            namespace Music
            {
                [Experiment("lyrics-card-share", Phase = Phase.Ship, RolloutPercent = 5, EligibleUsersPerDay = 80_000)]
                [SuccessMetric(typeof(CardShareRate), MinimumDetectableEffect = 0.05)]
                [TweakPlan("Cut card render time", ReviewBy = "{{reviewBy}}")]
                public sealed class LyricsCardShare { }
            }
            """);

    [Fact]
    public Task NoReviewDate_RemoveByEndsTheWindow() =>
        VerifyAsync("""
            using SpecAnalyzers;
            namespace Music
            {
                [Experiment("lyrics-card-share", RolloutPercent = {|#0:5|}, EligibleUsersPerDay = 80_000, RemoveBy = "2026-11-08")]
                [SuccessMetric(typeof(CardShareRate), MinimumDetectableEffect = 0.05)]
                public sealed class LyricsCardShare { }
            }
            """,
            Expected("30,992", "8", 5, "7", "2026-11-08", "raise RolloutPercent to 6% (7 days)"));

    [Fact]
    public Task ReviewByWinsOverRemoveBy() =>
        VerifyAsync("""
            using SpecAnalyzers;
            namespace Music
            {
                [Experiment("lyrics-card-share", RolloutPercent = {|#0:5|}, EligibleUsersPerDay = 80_000, RemoveBy = "2027-06-30")]
                [SuccessMetric(typeof(CardShareRate), MinimumDetectableEffect = 0.05)]
                [TweakPlan("Cut card render time", ReviewBy = "2026-11-07")]
                public sealed class LyricsCardShare { }
            }
            """,
            Expected("30,992", "8", 5, "6", "2026-11-07", "raise RolloutPercent to 7% (6 days)"));

    [Fact]
    public Task NoRolloutFits_SaysWhatWould_NoFixProperty() =>
        VerifyAsync("""
            using SpecAnalyzers;
            namespace Music
            {
                [Experiment("lyrics-card-share", RolloutPercent = {|#0:5|}, EligibleUsersPerDay = 80_000)]
                [SuccessMetric(typeof(CardShareRate), MinimumDetectableEffect = 0.05)]
                [TweakPlan("Cut card render time", ReviewBy = "2026-11-02")]
                public sealed class LyricsCardShare { }
            }
            """,
            Expected("30,992", "8", 5, "1", "2026-11-02",
                "no rollout fits (the fastest, 25%, takes 2 days): allow until 2026-11-03, or accept a larger minimum detectable effect"));

    [Fact]
    public Task RolloutPastTheFastest_LowerIt() =>
        VerifyAsync("""
            using SpecAnalyzers;
            namespace Music
            {
                [Experiment("lyrics-card-share", RolloutPercent = {|#0:95|}, EligibleUsersPerDay = 80_000)]
                [SuccessMetric(typeof(CardShareRate), MinimumDetectableEffect = 0.05)]
                [TweakPlan("Cut card render time", ReviewBy = "2026-11-06")]
                public sealed class LyricsCardShare { }
            }
            """,
            Expected("566,368", "8", 95, "5", "2026-11-06", "lower RolloutPercent to 92% (5 days): above it the control group is too small"));

    [Theory]
    [InlineData("2026-10-01")] // passed: SPEC106's
    [InlineData("2026-11-01")] // today: no window left to compare
    [InlineData("2026-02-30")] // not a date: SPEC105's
    public Task WindowOverOrUnreadable_NoDiagnostic(string reviewBy) =>
        VerifyAsync($$"""
            using SpecAnalyzers;
            namespace Music
            {
                [Experiment("lyrics-card-share", RolloutPercent = 5, EligibleUsersPerDay = 80_000)]
                [SuccessMetric(typeof(CardShareRate), MinimumDetectableEffect = 0.05)]
                [TweakPlan("Cut card render time", ReviewBy = "{{reviewBy}}")]
                public sealed class LyricsCardShare { }
            }
            """);

    [Fact]
    public Task RetiredOrIncomplete_NoDiagnostic() =>
        VerifyAsync("""
            using SpecAnalyzers;
            namespace Music
            {
                [Experiment("lyrics-card-share", Phase = Phase.Retired, RolloutPercent = 5, EligibleUsersPerDay = 80_000)]
                [SuccessMetric(typeof(CardShareRate), MinimumDetectableEffect = 0.05)]
                [TweakPlan("Cut card render time", ReviewBy = "2026-11-02")]
                public sealed class LyricsCardShare { }

                [Experiment("podcast-chapters", RolloutPercent = 5)]
                [SuccessMetric(typeof(CardShareRate), MinimumDetectableEffect = 0.05)]
                [TweakPlan("Cut card render time", ReviewBy = "2026-11-02")]
                public sealed class PodcastChapters { }
            }
            """);

    [Fact]
    public Task PartialSpecOverFiles_ConstantsAndAliases_ReportedOnceOnTheRolloutValue() =>
        RuleVerifier.VerifyAsync(Rule, [PowerSources.Metrics, """
            using Exp = SpecAnalyzers.ExperimentAttribute;
            namespace Music
            {
                internal static class Traffic
                {
                    public const long Daily = 80_000;
                    public const int Pilot = 5;
                }

                [Exp("lyrics-card-share", RolloutPercent = {|#0:Traffic.Pilot|}, EligibleUsersPerDay = Traffic.Daily)]
                public sealed partial class LyricsCardShare { }
            }
            """, """
            using Plan = SpecAnalyzers.TweakPlanAttribute;
            namespace Music
            {
                internal static class Reviews { public const string FirstWeek = "2026-11-06"; }

                [global::SpecAnalyzers.SuccessMetric(typeof(CardShareRate), MinimumDetectableEffect = 0.05)]
                [Plan("Cut card render time", ReviewBy = Reviews.FirstWeek)]
                public sealed partial class LyricsCardShare { }
            }
            """],
            Expected("30,992", "8", 5, "5", "2026-11-06", "raise RolloutPercent to 8% (5 days)"));

    [Fact]
    public async Task ReferenceDateFromOptions_MovesTheWindow()
    {
        var test = RuleVerifier.Create(Rule, SpecSources.Catalog, PowerSources.Metrics, """
            using SpecAnalyzers;
            namespace Music
            {
                [Experiment("lyrics-card-share", RolloutPercent = {|#0:5|}, EligibleUsersPerDay = 80_000)]
                [SuccessMetric(typeof(CardShareRate), MinimumDetectableEffect = 0.05)]
                [TweakPlan("Cut card render time", ReviewBy = "2026-11-09")]
                public sealed class LyricsCardShare { }
            }
            """);
        test.TestState.AnalyzerConfigFiles.Add(RuleVerifier.EditorConfig("spec_analyzers.reference_date = 2026-11-03"));
        test.ExpectedDiagnostics.Add(RuleVerifier.Diagnostic(Rule).WithLocation(0).WithArguments(
            PowerSources.Experiment, "30,992", "8", 5, "6", "2026-11-03", "2026-11-09", "raise RolloutPercent to 7% (6 days)"));
        await test.RunAsync();
    }

    [Fact]
    public async Task ReferenceDateAtTheEndOfTime_NoDateToName()
    {
        var test = RuleVerifier.Create(Rule, SpecSources.Catalog, PowerSources.Metrics, """
            using SpecAnalyzers;
            namespace Music
            {
                [Experiment("lyrics-card-share", RolloutPercent = {|#0:5|}, EligibleUsersPerDay = 80_000)]
                [SuccessMetric(typeof(CardShareRate), MinimumDetectableEffect = 0.05)]
                [TweakPlan("Cut card render time", ReviewBy = "9999-12-31")]
                public sealed class LyricsCardShare { }
            }
            """);
        test.TestState.AnalyzerConfigFiles.Add(RuleVerifier.EditorConfig("spec_analyzers.reference_date = 9999-12-30"));
        test.ExpectedDiagnostics.Add(RuleVerifier.Diagnostic(Rule).WithLocation(0).WithArguments(
            PowerSources.Experiment, "30,992", "8", 5, "1", "9999-12-30", "9999-12-31",
            "no rollout fits (the fastest, 25%, takes 2 days): allow more time, or accept a larger minimum detectable effect"));
        await test.RunAsync();
    }

    [Fact]
    public async Task RaisedRollout_GivenToTheFix_OnlyWhenOneFits()
    {
        var diagnostics = await AnalyzerRunner.GetAnalyzerDiagnosticsAsync(
            await AnalyzerRunner.CreateCompilationAsync(PowerSources.Metrics, """
                using SpecAnalyzers;
                namespace Music
                {
                    [Experiment("lyrics-card-share", RolloutPercent = 5, EligibleUsersPerDay = 80_000)]
                    [SuccessMetric(typeof(CardShareRate), MinimumDetectableEffect = 0.05)]
                    [TweakPlan("Cut card render time", ReviewBy = "2026-11-06")]
                    public sealed class LyricsCardShare { }

                    [Experiment("podcast-chapters", RolloutPercent = 5, EligibleUsersPerDay = 80_000)]
                    [SuccessMetric(typeof(CardShareRate), MinimumDetectableEffect = 0.05)]
                    [TweakPlan("Cut chapter load time", ReviewBy = "2026-11-02")]
                    public sealed class PodcastChapters { }
                }
                """),
            [new SpecTypeAnalyzer()],
            new AnalyzerOptions([], GlobalAnalyzerOptions.Parse("spec_analyzers.reference_date = " + TestReferences.ReferenceDate)));

        var properties = diagnostics.Where(diagnostic => diagnostic.Id == Rule)
            .OrderBy(diagnostic => diagnostic.Location.SourceSpan.Start)
            .Select(diagnostic => diagnostic.Properties.GetValueOrDefault("RaisedRolloutPercent"))
            .ToList();
        Assert.Equal(["8", null], properties);
    }

    private static Task VerifyAsync(string source, params DiagnosticResult[] expected) =>
        RuleVerifier.VerifyAsync(Rule, [PowerSources.Metrics, source], expected);

    private static DiagnosticResult Expected(string users, string days, int rollout, string windowDays, string end, string advice) =>
        RuleVerifier.Diagnostic(Rule).WithLocation(0).WithArguments(
            PowerSources.Experiment, users, days, rollout, windowDays, TestReferences.ReferenceDate, end, advice);
}
