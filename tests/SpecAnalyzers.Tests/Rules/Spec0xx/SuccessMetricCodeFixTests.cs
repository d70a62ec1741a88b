using SpecAnalyzers.CodeFixes;
using Fix = SpecAnalyzers.Tests.Verifiers.SpecFixTest<SpecAnalyzers.CodeFixes.SuccessMetricCodeFix>;

namespace SpecAnalyzers.Tests.Rules.Spec0xx;

/// <summary>SPEC002: "Generate success metric stub" and "Use metric '…' (…)".</summary>
public sealed class SuccessMetricCodeFixTests
{
    [Fact]
    public Task FileScopedNamespace_StubAfterTheSpecAndReferencedBeforeThePlan() =>
        Fix.VerifyAsync("""
            using SpecAnalyzers;

            namespace Music;

            [Experiment("lyrics-card-share")]
            [Owner("lyrics-squad")]
            [Hypothesis("We believe lyric cards will raise shares because 12% of lyric views end in a screenshot")]
            [TweakPlan("Cut render time", ReviewBy = "2027-02-01")]
            public sealed class {|SPEC002:LyricsCardShare|} { }

            public static class Other { }
            """, """
            using SpecAnalyzers;

            namespace Music;

            [Experiment("lyrics-card-share")]
            [Owner("lyrics-squad")]
            [Hypothesis("We believe lyric cards will raise shares because 12% of lyric views end in a screenshot")]
            [SuccessMetric(typeof(LyricsCardShareSuccessMetric), MinimumDetectableEffect = 0.02)]
            [TweakPlan("Cut render time", ReviewBy = "2027-02-01")]
            public sealed class LyricsCardShare { }

            [Metric("lyrics_card_share.success", Direction = MetricDirection.Increase, Description = "TODO: what this metric measures and where it is computed")]
            public sealed class LyricsCardShareSuccessMetric { }

            public static class Other { }
            """);

    [Fact]
    public Task BlockNamespaceWithoutUsing_StubIndentedAndUsingAdded() =>
        Fix.VerifyAsync("""
            namespace Music
            {
                [SpecAnalyzers.FeatureFlag("offline-lyrics")]
                [SpecAnalyzers.Owner("lyrics-squad")]
                [SpecAnalyzers.Hypothesis("We believe offline lyrics will raise lyric views because 30% of sessions start offline")]
                [SpecAnalyzers.TweakPlan("Trim", ReviewBy = "2027-02-01")]
                public sealed class {|SPEC002:OfflineLyrics|}
                {
                    public static int CacheSize => 500;
                }
            }
            """, """
            using SpecAnalyzers;

            namespace Music
            {
                [SpecAnalyzers.FeatureFlag("offline-lyrics")]
                [SpecAnalyzers.Owner("lyrics-squad")]
                [SpecAnalyzers.Hypothesis("We believe offline lyrics will raise lyric views because 30% of sessions start offline")]
                [SuccessMetric(typeof(OfflineLyricsSuccessMetric), MinimumDetectableEffect = 0.02)]
                [SpecAnalyzers.TweakPlan("Trim", ReviewBy = "2027-02-01")]
                public sealed class OfflineLyrics
                {
                    public static int CacheSize => 500;
                }

                [Metric("offline_lyrics.success", Direction = MetricDirection.Increase, Description = "TODO: what this metric measures and where it is computed")]
                public sealed class OfflineLyricsSuccessMetric { }
            }
            """);

    [Fact]
    public Task NestedSpec_StubNestedRightAfterIt() =>
        Fix.VerifyAsync("""
            using SpecAnalyzers;

            namespace Music
            {
                public static class LyricsSpecs
                {
                    [FeatureFlag("offline-lyrics")]
                    [Owner("lyrics-squad")]
                    [Hypothesis("We believe offline lyrics will raise lyric views because 30% of sessions start offline")]
                    [TweakPlan("Trim", ReviewBy = "2027-02-01")]
                    public sealed class {|SPEC002:OfflineLyrics|} { }

                    public static bool Enabled => true;
                }
            }
            """, """
            using SpecAnalyzers;

            namespace Music
            {
                public static class LyricsSpecs
                {
                    [FeatureFlag("offline-lyrics")]
                    [Owner("lyrics-squad")]
                    [Hypothesis("We believe offline lyrics will raise lyric views because 30% of sessions start offline")]
                    [SuccessMetric(typeof(OfflineLyricsSuccessMetric), MinimumDetectableEffect = 0.02)]
                    [TweakPlan("Trim", ReviewBy = "2027-02-01")]
                    public sealed class OfflineLyrics { }

                    [Metric("offline_lyrics.success", Direction = MetricDirection.Increase, Description = "TODO: what this metric measures and where it is computed")]
                    public sealed class OfflineLyricsSuccessMetric { }

                    public static bool Enabled => true;
                }
            }
            """);

    [Fact]
    public Task SpecNestedInGenericType_StubAfterTheOutermostType() =>
        Fix.VerifyAsync("""
            using SpecAnalyzers;

            namespace Music;

            public sealed class Catalog<TItem>
            {
                [FeatureFlag("offline-lyrics")]
                [Owner("lyrics-squad")]
                [Hypothesis("We believe offline lyrics will raise lyric views because 30% of sessions start offline")]
                [TweakPlan("Trim", ReviewBy = "2027-02-01")]
                public sealed class {|SPEC002:OfflineLyrics|} { }
            }
            """, """
            using SpecAnalyzers;

            namespace Music;

            public sealed class Catalog<TItem>
            {
                [FeatureFlag("offline-lyrics")]
                [Owner("lyrics-squad")]
                [Hypothesis("We believe offline lyrics will raise lyric views because 30% of sessions start offline")]
                [SuccessMetric(typeof(OfflineLyricsSuccessMetric), MinimumDetectableEffect = 0.02)]
                [TweakPlan("Trim", ReviewBy = "2027-02-01")]
                public sealed class OfflineLyrics { }
            }

            [Metric("offline_lyrics.success", Direction = MetricDirection.Increase, Description = "TODO: what this metric measures and where it is computed")]
            public sealed class OfflineLyricsSuccessMetric { }
            """);

    [Fact]
    public Task StubNameTakenInAnotherFileAndInsideTheSpec_FreshNameAndMetricName() =>
        Fix.CreateFiles(
            [
                """
                using SpecAnalyzers;
                namespace Music;

                [FeatureFlag("offline-lyrics")]
                [Owner("lyrics-squad")]
                [Hypothesis("We believe offline lyrics will raise lyric views because 30% of sessions start offline")]
                [TweakPlan("Trim", ReviewBy = "2027-02-01")]
                public sealed class {|SPEC002:OfflineLyrics|}
                {
                    public sealed class OfflineLyricsSuccessMetric2 { }
                }
                """,
                """
                namespace Music;

                public sealed class OfflineLyricsSuccessMetric { }
                """,
            ],
            [
                """
                using SpecAnalyzers;
                namespace Music;

                [FeatureFlag("offline-lyrics")]
                [Owner("lyrics-squad")]
                [Hypothesis("We believe offline lyrics will raise lyric views because 30% of sessions start offline")]
                [SuccessMetric(typeof(OfflineLyricsSuccessMetric3), MinimumDetectableEffect = 0.02)]
                [TweakPlan("Trim", ReviewBy = "2027-02-01")]
                public sealed class OfflineLyrics
                {
                    public sealed class OfflineLyricsSuccessMetric2 { }
                }

                [Metric("offline_lyrics.success_3", Direction = MetricDirection.Increase, Description = "TODO: what this metric measures and where it is computed")]
                public sealed class OfflineLyricsSuccessMetric3 { }
                """,
                """
                namespace Music;

                public sealed class OfflineLyricsSuccessMetric { }
                """,
            ]).RunAsync();

    [Fact]
    public Task PartialSpec_StubNextToTheDeclarationWithTheSpecAttribute() =>
        Fix.CreateFiles(
            [
                """
                using SpecAnalyzers;
                namespace Music;

                [Owner("lyrics-squad")]
                [Hypothesis("We believe offline lyrics will raise lyric views because 30% of sessions start offline")]
                [TweakPlan("Trim", ReviewBy = "2027-02-01")]
                public sealed partial class OfflineLyrics { }
                """,
                """
                using SpecAnalyzers;
                namespace Music;

                [FeatureFlag(Key)]
                public sealed partial class {|SPEC002:OfflineLyrics|}
                {
                    public const string Key = "offline-lyrics";
                }
                """,
            ],
            [
                """
                using SpecAnalyzers;
                namespace Music;

                [Owner("lyrics-squad")]
                [Hypothesis("We believe offline lyrics will raise lyric views because 30% of sessions start offline")]
                [TweakPlan("Trim", ReviewBy = "2027-02-01")]
                public sealed partial class OfflineLyrics { }
                """,
                """
                using SpecAnalyzers;
                namespace Music;

                [FeatureFlag(Key)]
                [SuccessMetric(typeof(OfflineLyricsSuccessMetric), MinimumDetectableEffect = 0.02)]
                public sealed partial class OfflineLyrics
                {
                    public const string Key = "offline-lyrics";
                }

                [Metric("offline_lyrics.success", Direction = MetricDirection.Increase, Description = "TODO: what this metric measures and where it is computed")]
                public sealed class OfflineLyricsSuccessMetric { }
                """,
            ]).RunAsync();

    [Fact]
    public Task FixAllOverTwoFiles_OneStubPerSpec()
    {
        var test = Fix.CreateFiles(
            [
                """
                using SpecAnalyzers;
                namespace Music;

                [FeatureFlag("offline-lyrics")]
                [Owner("lyrics-squad")]
                [Hypothesis("We believe offline lyrics will raise lyric views because 30% of sessions start offline")]
                [TweakPlan("Trim", ReviewBy = "2027-02-01")]
                public sealed class {|SPEC002:OfflineLyrics|} { }

                [Experiment("")]
                [Owner("lyrics-squad")]
                [Hypothesis("We believe lyric cards will raise shares because 12% of lyric views end in a screenshot")]
                [TweakPlan("Cut render time", ReviewBy = "2027-02-01")]
                public sealed class {|SPEC002:LyricsCardShare|} { }
                """,
                """
                using SpecAnalyzers;
                namespace Podcasts;

                [FeatureFlag("podcast-chapters")]
                [Owner("podcast-squad")]
                [Hypothesis("We believe chapters will raise completion because 40% of listeners skip around")]
                [TweakPlan("Drop thumbnails", ReviewBy = "2027-02-01")]
                public sealed class {|SPEC002:PodcastChapters|} { }
                """,
            ],
            [
                """
                using SpecAnalyzers;
                namespace Music;

                [FeatureFlag("offline-lyrics")]
                [Owner("lyrics-squad")]
                [Hypothesis("We believe offline lyrics will raise lyric views because 30% of sessions start offline")]
                [SuccessMetric(typeof(OfflineLyricsSuccessMetric), MinimumDetectableEffect = 0.02)]
                [TweakPlan("Trim", ReviewBy = "2027-02-01")]
                public sealed class OfflineLyrics { }

                [Metric("offline_lyrics.success", Direction = MetricDirection.Increase, Description = "TODO: what this metric measures and where it is computed")]
                public sealed class OfflineLyricsSuccessMetric { }

                [Experiment("")]
                [Owner("lyrics-squad")]
                [Hypothesis("We believe lyric cards will raise shares because 12% of lyric views end in a screenshot")]
                [SuccessMetric(typeof(LyricsCardShareSuccessMetric), MinimumDetectableEffect = 0.02)]
                [TweakPlan("Cut render time", ReviewBy = "2027-02-01")]
                public sealed class LyricsCardShare { }

                [Metric("lyrics_card_share.success", Direction = MetricDirection.Increase, Description = "TODO: what this metric measures and where it is computed")]
                public sealed class LyricsCardShareSuccessMetric { }
                """,
                """
                using SpecAnalyzers;
                namespace Podcasts;

                [FeatureFlag("podcast-chapters")]
                [Owner("podcast-squad")]
                [Hypothesis("We believe chapters will raise completion because 40% of listeners skip around")]
                [SuccessMetric(typeof(PodcastChaptersSuccessMetric), MinimumDetectableEffect = 0.02)]
                [TweakPlan("Drop thumbnails", ReviewBy = "2027-02-01")]
                public sealed class PodcastChapters { }

                [Metric("podcast_chapters.success", Direction = MetricDirection.Increase, Description = "TODO: what this metric measures and where it is computed")]
                public sealed class PodcastChaptersSuccessMetric { }
                """,
            ]);
        test.CodeActionEquivalenceKey = EquivalenceKeys.GenerateSuccessMetricStub;
        return test.RunAsync();
    }

    [Fact]
    public Task UseMetricInAnotherNamespace_ReferencedAndNamespaceImported()
    {
        var test = Fix.CreateFiles(
            [
                """
                using SpecAnalyzers;
                namespace Shared.Metrics;

                [Metric("lyrics.share_rate", Direction = MetricDirection.Increase, Description = "TODO: what this metric measures and where it is computed")]
                public sealed class LyricsShareRate { }
                """,
                """
                using SpecAnalyzers;
                namespace Music;

                [Experiment("lyrics-card-share")]
                [Owner("lyrics-squad")]
                [Hypothesis("We believe lyric cards will raise shares because 12% of lyric views end in a screenshot")]
                [TweakPlan("Cut render time", ReviewBy = "2027-02-01")]
                public sealed class {|SPEC002:LyricsCardShare|} { }
                """,
            ],
            [
                """
                using SpecAnalyzers;
                namespace Shared.Metrics;

                [Metric("lyrics.share_rate", Direction = MetricDirection.Increase, Description = "TODO: what this metric measures and where it is computed")]
                public sealed class LyricsShareRate { }
                """,
                """
                using Shared.Metrics;
                using SpecAnalyzers;
                namespace Music;

                [Experiment("lyrics-card-share")]
                [Owner("lyrics-squad")]
                [Hypothesis("We believe lyric cards will raise shares because 12% of lyric views end in a screenshot")]
                [SuccessMetric(typeof(LyricsShareRate), MinimumDetectableEffect = 0.02)]
                [TweakPlan("Cut render time", ReviewBy = "2027-02-01")]
                public sealed class LyricsCardShare { }
                """,
            ]);
        test.CodeActionEquivalenceKey = EquivalenceKeys.UseMetric("T:Shared.Metrics.LyricsShareRate");
        return test.RunAsync();
    }

    [Fact]
    public async Task SeveralMetricsExist_StubFirstThenTheThreeMostRelevantExceptTheGuardrail()
    {
        var titles = await OfferedFixes.TitlesAsync(new SuccessMetricCodeFix(), "SPEC002", """
            using SpecAnalyzers;
            namespace Music.Lyrics
            {
                [Experiment("lyrics-card-share")]
                [GuardrailMetric(typeof(Music.CardShareCrashes))]
                public sealed class LyricsCardShare { }

                [Metric("lyrics.views")]
                public sealed class LyricViews { }
            }

            namespace Music
            {
                [Metric("cards.crashes")]
                public sealed class CardShareCrashes { }

                [Metric("cards.share_rate")]
                public sealed class CardShareRate { }

                [Metric("app.sessions")]
                public sealed class Sessions { }

                public static class Internals
                {
                    [Metric("internal.hidden")]
                    private sealed class Hidden { }
                }
            }

            namespace Podcasts
            {
                [Metric("podcasts.plays")]
                public sealed class Plays { }
            }
            """);

        Assert.Equal(
            [
                "Generate success metric stub",
                "Use metric 'cards.share_rate' (CardShareRate)",
                "Use metric 'lyrics.views' (LyricViews)",
                "Use metric 'app.sessions' (Sessions)",
            ],
            titles);
    }

    [Fact]
    public async Task MetricThatShouldDecrease_OfferedAfterThoseThatShouldIncrease()
    {
        var titles = await OfferedFixes.TitlesAsync(new SuccessMetricCodeFix(), "SPEC002", """
            using SpecAnalyzers;
            namespace Music;

            [Experiment("lyrics-card-share")]
            public sealed class LyricsCardShare { }

            [Metric("lyrics.card_share_errors", Direction = MetricDirection.Decrease, Description = "TODO: what this metric measures and where it is computed")]
            public sealed class LyricsCardShareErrors { }

            [Metric("app.sessions")]
            public sealed class Sessions { }
            """);

        Assert.Equal(
            [
                "Generate success metric stub",
                "Use metric 'app.sessions' (Sessions)",
                "Use metric 'lyrics.card_share_errors' (LyricsCardShareErrors)",
            ],
            titles);
    }

    [Fact]
    public async Task NoMetricInTheCompilation_OnlyTheStubOffered()
    {
        var titles = await OfferedFixes.TitlesAsync(new SuccessMetricCodeFix(), "SPEC002", """
            [SpecAnalyzers.FeatureFlag("offline-lyrics")]
            public sealed class OfflineLyrics { }
            """);

        Assert.Equal(["Generate success metric stub"], titles);
    }
}
