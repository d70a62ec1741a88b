using Fix = SpecAnalyzers.Tests.Verifiers.SpecFixTest<SpecAnalyzers.CodeFixes.AddTweakPlanCodeFix>;

namespace SpecAnalyzers.Tests.Rules.Spec0xx;

/// <summary>SPEC004: "Add tweak plan template" with a review date after the reference date.</summary>
public sealed class AddTweakPlanCodeFixTests
{
    private const string Source = """
        using SpecAnalyzers;

        namespace Music;

        [Metric("lyrics.share_rate")]
        public sealed class LyricsShareRate { }

        [Metric("app.crash_rate", Direction = MetricDirection.Decrease, Description = "TODO: what this metric measures and where it is computed")]
        public sealed class CrashRate { }

        [Experiment("lyrics-card-share", Phase = Phase.Ship, RolloutPercent = 5)]
        [Owner("lyrics-squad")]
        [Hypothesis("We believe lyric cards will raise shares because 12% of lyric views end in a screenshot")]
        [SuccessMetric(typeof(LyricsShareRate))]
        [GuardrailMetric(typeof(CrashRate), NonInferiorityMargin = 0.001)]
        public sealed class {|SPEC004:LyricsCardShare|}
        {
            public const string Key = "lyrics-card-share";
        }
        """;

    [Fact]
    public Task DefaultReviewPeriod_ReviewNinetyDaysAfterTheReferenceDateAfterTheGuardrail() =>
        Fix.VerifyAsync(Source, Fixed(Fix.ReviewBy));

    [Fact]
    public Task ReviewAfterDaysConfigured_ThatManyDaysAfter() =>
        Fix.Create(Source, Fixed("2026-02-14"), "spec_analyzers.review_after_days = 30").RunAsync();

    [Fact]
    public Task ReviewAfterDaysNotANumber_DefaultPeriod() =>
        Fix.Create(Source, Fixed(Fix.ReviewBy), "spec_analyzers.review_after_days = soon").RunAsync();

    [Fact]
    public Task BuildReferenceDateSet_ReviewNinetyDaysAfterIt_AsSpec106MeasuresFromIt()
    {
        // -p:SpecAnalyzersReferenceDate=2026-11-01 wins over spec_analyzers.reference_date (2026-01-15), for SPEC106 and the fixes alike.
        var test = Fix.Create(Source, Fixed("2027-01-30"));
        test.TestState.AnalyzerConfigFiles.Add(("/build.globalconfig", """
            is_global = true
            build_property.SpecAnalyzersReferenceDate = 2026-11-01
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task NestedSpecInBlockNamespace_PlanAtTheSpecsIndentation() =>
        Fix.VerifyAsync("""
            using SpecAnalyzers;

            namespace Music
            {
                [Metric("lyrics.share_rate")]
                public sealed class LyricsShareRate { }

                public static class Specs
                {
                    [FeatureFlag("offline-lyrics")]
                    [Owner("lyrics-squad")]
                    [Hypothesis("We believe offline lyrics will raise lyric views because 30% of sessions start offline")]
                    [SuccessMetric(typeof(LyricsShareRate))]
                    public sealed class {|SPEC004:OfflineLyrics|} { }
                }
            }
            """, $$"""
            using SpecAnalyzers;

            namespace Music
            {
                [Metric("lyrics.share_rate")]
                public sealed class LyricsShareRate { }

                public static class Specs
                {
                    [FeatureFlag("offline-lyrics")]
                    [Owner("lyrics-squad")]
                    [Hypothesis("We believe offline lyrics will raise lyric views because 30% of sessions start offline")]
                    [SuccessMetric(typeof(LyricsShareRate))]
                    [TweakPlan("TODO: what we will optimise or cut once this ships", ReviewBy = "{{Fix.ReviewBy}}")]
                    public sealed class OfflineLyrics { }
                }
            }
            """);

    private static string Fixed(string reviewBy) => $$"""
        using SpecAnalyzers;

        namespace Music;

        [Metric("lyrics.share_rate")]
        public sealed class LyricsShareRate { }

        [Metric("app.crash_rate", Direction = MetricDirection.Decrease, Description = "TODO: what this metric measures and where it is computed")]
        public sealed class CrashRate { }

        [Experiment("lyrics-card-share", Phase = Phase.Ship, RolloutPercent = 5)]
        [Owner("lyrics-squad")]
        [Hypothesis("We believe lyric cards will raise shares because 12% of lyric views end in a screenshot")]
        [SuccessMetric(typeof(LyricsShareRate))]
        [GuardrailMetric(typeof(CrashRate), NonInferiorityMargin = 0.001)]
        [TweakPlan("TODO: what we will optimise or cut once this ships", ReviewBy = "{{reviewBy}}")]
        public sealed class LyricsCardShare
        {
            public const string Key = "lyrics-card-share";
        }
        """;
}
