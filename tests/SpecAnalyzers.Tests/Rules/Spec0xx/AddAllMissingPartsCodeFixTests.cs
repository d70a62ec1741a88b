using Microsoft.CodeAnalysis.Testing;
using SpecAnalyzers.CodeFixes;
using Fix = SpecAnalyzers.Tests.Verifiers.SpecFixTest<SpecAnalyzers.CodeFixes.AddAllMissingPartsCodeFix>;

namespace SpecAnalyzers.Tests.Rules.Spec0xx;

/// <summary>SPEC001–SPEC004 on a spec lacking two parts or more: "Add all missing spec parts".</summary>
public sealed class AddAllMissingPartsCodeFixTests
{
    private const string Hypothesis = "\"TODO: We believe [change] for [audience] will [move metric] because [insight]\"";
    private const string Plan = "\"TODO: what we will optimise or cut once this ships\"";

    [Fact]
    public Task BareSpecWithoutUsing_EveryPartInOrderStubAndUsing() =>
        Fix.VerifyAsync("""
            namespace MusicApp.Specs;

            // Incomplete: just a key so far.
            [SpecAnalyzers.FeatureFlag("autoplay-radio")]
            public sealed class {|SPEC001:{|SPEC002:{|SPEC003:{|SPEC004:AutoplayRadio|}|}|}|} { }
            """, $$"""
            using SpecAnalyzers;

            namespace MusicApp.Specs;

            // Incomplete: just a key so far.
            [SpecAnalyzers.FeatureFlag("autoplay-radio")]
            [Owner("TODO: owner")]
            [Hypothesis({{Hypothesis}})]
            [SuccessMetric(typeof(AutoplayRadioSuccessMetric), MinimumDetectableEffect = 0.02)]
            [TweakPlan({{Plan}}, ReviewBy = "{{Fix.ReviewBy}}")]
            public sealed class AutoplayRadio { }

            [Metric("autoplay_radio.success", Direction = MetricDirection.Increase)]
            public sealed class AutoplayRadioSuccessMetric { }
            """);

    [Fact]
    public Task TwoPartsMissingWithConfiguredOwnerAndPeriod_OnlyThoseAdded() =>
        Fix.Create("""
            using SpecAnalyzers;

            namespace Music
            {
                [Metric("sleep.night_sessions")]
                public sealed class NightSessions { }

                [FeatureFlag("sleep-timer", Phase = Phase.Build)]
                [Hypothesis("We believe a sleep timer will raise night sessions because 8% of night sessions end force-closed")]
                [SuccessMetric(typeof(NightSessions))]
                public sealed class {|SPEC003:{|SPEC004:SleepTimer|}|} { }
            }
            """, """
            using SpecAnalyzers;

            namespace Music
            {
                [Metric("sleep.night_sessions")]
                public sealed class NightSessions { }

                [FeatureFlag("sleep-timer", Phase = Phase.Build)]
                [Owner("sleep-squad")]
                [Hypothesis("We believe a sleep timer will raise night sessions because 8% of night sessions end force-closed")]
                [SuccessMetric(typeof(NightSessions))]
                [TweakPlan("TODO: what we will optimise or cut once this ships", ReviewBy = "2026-01-29")]
                public sealed class SleepTimer { }
            }
            """, """
            spec_analyzers.default_owner = sleep-squad
            spec_analyzers.review_after_days = 14
            """).RunAsync();

    [Fact]
    public Task PartialNestedSpec_PartsOnTheDeclarationWithTheSpecAttribute() =>
        Fix.CreateFiles(
            [
                """
                using SpecAnalyzers;
                namespace Music;

                public static partial class Specs
                {
                    [Owner("lyrics-squad")]
                    public sealed partial class OfflineLyrics { }
                }
                """,
                """
                using SpecAnalyzers;
                namespace Music;

                public static partial class Specs
                {
                    [FeatureFlag("offline-lyrics")]
                    public sealed partial class {|SPEC001:{|SPEC002:{|SPEC004:OfflineLyrics|}|}|} { }
                }
                """,
            ],
            [
                """
                using SpecAnalyzers;
                namespace Music;

                public static partial class Specs
                {
                    [Owner("lyrics-squad")]
                    public sealed partial class OfflineLyrics { }
                }
                """,
                $$"""
                using SpecAnalyzers;
                namespace Music;

                public static partial class Specs
                {
                    [FeatureFlag("offline-lyrics")]
                    [Hypothesis({{Hypothesis}})]
                    [SuccessMetric(typeof(OfflineLyricsSuccessMetric), MinimumDetectableEffect = 0.02)]
                    [TweakPlan({{Plan}}, ReviewBy = "{{Fix.ReviewBy}}")]
                    public sealed partial class OfflineLyrics { }

                    [Metric("offline_lyrics.success", Direction = MetricDirection.Increase)]
                    public sealed class OfflineLyricsSuccessMetric { }
                }
                """,
            ]).RunAsync();

    [Fact]
    public Task FixAllOverTwoFiles_PartsAddedOnceAndSpecWithOneGapLeftToItsOwnFix()
    {
        var test = Fix.CreateFiles(
            [
                """
                using SpecAnalyzers;
                namespace Music;

                [FeatureFlag("autoplay-radio")]
                public sealed class {|SPEC001:{|SPEC002:{|SPEC003:{|SPEC004:AutoplayRadio|}|}|}|} { }

                [Experiment("podcast-chapters")]
                [Owner("podcast-squad")]
                [TweakPlan("Drop chapter thumbnails", ReviewBy = "2027-04-15")]
                public sealed class {|SPEC001:{|SPEC002:PodcastChapters|}|} { }
                """,
                """
                using SpecAnalyzers;
                namespace Music;

                [Metric("sleep.night_sessions")]
                public sealed class NightSessions { }

                [FeatureFlag("sleep-timer")]
                [Owner("sleep-squad")]
                [Hypothesis("We believe a sleep timer will raise night sessions because 8% of night sessions end force-closed")]
                [SuccessMetric(typeof(NightSessions))]
                public sealed class {|SPEC004:SleepTimer|} { }
                """,
            ],
            [
                $$"""
                using SpecAnalyzers;
                namespace Music;

                [FeatureFlag("autoplay-radio")]
                [Owner("TODO: owner")]
                [Hypothesis({{Hypothesis}})]
                [SuccessMetric(typeof(AutoplayRadioSuccessMetric), MinimumDetectableEffect = 0.02)]
                [TweakPlan({{Plan}}, ReviewBy = "{{Fix.ReviewBy}}")]
                public sealed class AutoplayRadio { }

                [Metric("autoplay_radio.success", Direction = MetricDirection.Increase)]
                public sealed class AutoplayRadioSuccessMetric { }

                [Experiment("podcast-chapters")]
                [Owner("podcast-squad")]
                [Hypothesis({{Hypothesis}})]
                [SuccessMetric(typeof(PodcastChaptersSuccessMetric), MinimumDetectableEffect = 0.02)]
                [TweakPlan("Drop chapter thumbnails", ReviewBy = "2027-04-15")]
                public sealed class PodcastChapters { }

                [Metric("podcast_chapters.success", Direction = MetricDirection.Increase)]
                public sealed class PodcastChaptersSuccessMetric { }
                """,
                """
                using SpecAnalyzers;
                namespace Music;

                [Metric("sleep.night_sessions")]
                public sealed class NightSessions { }

                [FeatureFlag("sleep-timer")]
                [Owner("sleep-squad")]
                [Hypothesis("We believe a sleep timer will raise night sessions because 8% of night sessions end force-closed")]
                [SuccessMetric(typeof(NightSessions))]
                public sealed class {|SPEC004:SleepTimer|} { }
                """,
            ]);

        // The spec with one gap keeps its diagnostic: "add all" is not offered for it.
        test.FixedState.MarkupHandling = MarkupMode.Allow;
        return test.RunAsync();
    }

    [Fact]
    public async Task OnePartMissing_NotOffered()
    {
        var titles = await OfferedFixes.TitlesAsync(new AddAllMissingPartsCodeFix(), "SPEC003", """
            using SpecAnalyzers;
            [Metric("lyrics.views")] public sealed class LyricViews { }

            [FeatureFlag("offline-lyrics")]
            [Hypothesis("We believe offline lyrics will raise lyric views because 30% of sessions start offline")]
            [SuccessMetric(typeof(LyricViews))]
            [TweakPlan("Trim", ReviewBy = "2027-02-01")]
            public sealed class OfflineLyrics { }
            """);

        Assert.Empty(titles);
    }
}
