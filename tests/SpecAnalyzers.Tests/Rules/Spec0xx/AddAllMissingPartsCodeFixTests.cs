using Microsoft.CodeAnalysis.Testing;
using SpecAnalyzers.CodeFixes;
using SpecAnalyzers.Tests.Verifiers;
using HypothesisFix = SpecAnalyzers.Tests.Verifiers.SpecFixTest<SpecAnalyzers.CodeFixes.AddHypothesisCodeFix>;
using OwnerFix = SpecAnalyzers.Tests.Verifiers.SpecFixTest<SpecAnalyzers.CodeFixes.AddOwnerCodeFix>;

namespace SpecAnalyzers.Tests.Rules.Spec0xx;

/// <summary>
/// SPEC001–SPEC004 on a spec lacking two parts or more: "Add all missing spec parts", the second action of the fix
/// for the spec's first missing part (in rule ID order), never a fixer of its own.
/// </summary>
public sealed class AddAllMissingPartsCodeFixTests
{
    private const string Hypothesis = "\"TODO: We believe [change] for [audience] will [move metric] because [insight]\"";
    private const string Plan = "\"TODO: what we will optimise or cut once this ships\"";

    [Fact]
    public Task BareSpecWithoutUsing_EveryPartInOrderStubAndUsing() =>
        AddAll(HypothesisFix.Create("""
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
            [TweakPlan({{Plan}}, ReviewBy = "{{HypothesisFix.ReviewBy}}")]
            public sealed class AutoplayRadio { }

            [Metric("autoplay_radio.success", Direction = MetricDirection.Increase, Description = "TODO: what this metric measures and where it is computed")]
            public sealed class AutoplayRadioSuccessMetric { }
            """)).RunAsync();

    [Fact]
    public Task TwoPartsMissingWithConfiguredOwnerAndPeriod_OnlyThoseAdded() =>
        AddAll(OwnerFix.Create("""
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
            """)).RunAsync();

    [Fact]
    public Task PartialNestedSpec_PartsOnTheDeclarationWithTheSpecAttribute() =>
        AddAll(HypothesisFix.CreateFiles(
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
                    [TweakPlan({{Plan}}, ReviewBy = "{{HypothesisFix.ReviewBy}}")]
                    public sealed partial class OfflineLyrics { }

                    [Metric("offline_lyrics.success", Direction = MetricDirection.Increase, Description = "TODO: what this metric measures and where it is computed")]
                    public sealed class OfflineLyricsSuccessMetric { }
                }
                """,
            ])).RunAsync();

    [Fact]
    public Task FixAllOverTwoFiles_PartsAddedOnceAndSpecWithOneGapLeftToItsOwnFix()
    {
        var test = AddAll(HypothesisFix.CreateFiles(
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
                [TweakPlan({{Plan}}, ReviewBy = "{{HypothesisFix.ReviewBy}}")]
                public sealed class AutoplayRadio { }

                [Metric("autoplay_radio.success", Direction = MetricDirection.Increase, Description = "TODO: what this metric measures and where it is computed")]
                public sealed class AutoplayRadioSuccessMetric { }

                [Experiment("podcast-chapters")]
                [Owner("podcast-squad")]
                [Hypothesis({{Hypothesis}})]
                [SuccessMetric(typeof(PodcastChaptersSuccessMetric), MinimumDetectableEffect = 0.02)]
                [TweakPlan("Drop chapter thumbnails", ReviewBy = "2027-04-15")]
                public sealed class PodcastChapters { }

                [Metric("podcast_chapters.success", Direction = MetricDirection.Increase, Description = "TODO: what this metric measures and where it is computed")]
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
            ]));

        // The spec with one gap keeps its diagnostic: "add all" is not offered for it.
        test.FixedState.MarkupHandling = MarkupMode.Allow;
        return test.RunAsync();
    }

    [Fact]
    public async Task OnePartMissing_NotOffered()
    {
        var titles = await OfferedFixes.TitlesAsync(new AddOwnerCodeFix(), "SPEC003", """
            using SpecAnalyzers;
            [Metric("lyrics.views")] public sealed class LyricViews { }

            [FeatureFlag("offline-lyrics")]
            [Hypothesis("We believe offline lyrics will raise lyric views because 30% of sessions start offline")]
            [SuccessMetric(typeof(LyricViews))]
            [TweakPlan("Trim", ReviewBy = "2027-02-01")]
            public sealed class OfflineLyrics { }
            """);

        Assert.Equal([AddOwnerCodeFix.Title], titles);
    }

    [Fact]
    public async Task SeveralMissing_OfferedOnceSecondByTheFirstMissingPartsFix()
    {
        const string Source = """
            using SpecAnalyzers;

            [FeatureFlag("offline-lyrics")]
            [Hypothesis("We believe offline lyrics will raise lyric views because 30% of sessions start offline")]
            public sealed class OfflineLyrics { }
            """;

        // SPEC002 is the first missing part: its fix offers "add all" after its own action; the owner's and the plan's do not.
        var metricTitles = await OfferedFixes.TitlesAsync(new SuccessMetricCodeFix(), "SPEC002", Source);
        Assert.Equal([SuccessMetricCodeFix.GenerateStubTitle, AllMissingParts.Title], metricTitles);
        Assert.Equal([AddOwnerCodeFix.Title], await OfferedFixes.TitlesAsync(new AddOwnerCodeFix(), "SPEC003", Source));
        Assert.Equal([AddTweakPlanCodeFix.Title], await OfferedFixes.TitlesAsync(new AddTweakPlanCodeFix(), "SPEC004", Source));
    }

    [Fact]
    public Task SuccessMetricFirstMissing_AddAllThroughTheMetricFix() =>
        AddAll(SpecFixTest<SuccessMetricCodeFix>.Create("""
            using SpecAnalyzers;
            namespace Music;

            [FeatureFlag("offline-lyrics")]
            [Hypothesis("We believe offline lyrics will raise lyric views because 30% of sessions start offline")]
            public sealed class {|SPEC002:{|SPEC003:{|SPEC004:OfflineLyrics|}|}|} { }
            """, $$"""
            using SpecAnalyzers;
            namespace Music;

            [FeatureFlag("offline-lyrics")]
            [Owner("TODO: owner")]
            [Hypothesis("We believe offline lyrics will raise lyric views because 30% of sessions start offline")]
            [SuccessMetric(typeof(OfflineLyricsSuccessMetric), MinimumDetectableEffect = 0.02)]
            [TweakPlan({{Plan}}, ReviewBy = "{{HypothesisFix.ReviewBy}}")]
            public sealed class OfflineLyrics { }

            [Metric("offline_lyrics.success", Direction = MetricDirection.Increase, Description = "TODO: what this metric measures and where it is computed")]
            public sealed class OfflineLyricsSuccessMetric { }
            """)).RunAsync();

    private static CodeFixVerifier<TFix>.Test AddAll<TFix>(CodeFixVerifier<TFix>.Test test)
        where TFix : Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider, new()
    {
        test.CodeActionEquivalenceKey = EquivalenceKeys.AddAllMissingParts;
        return test;
    }
}
