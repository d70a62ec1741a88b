using SpecAnalyzers.CodeFixes;
using Fix = SpecAnalyzers.Tests.Verifiers.SpecFixTest<SpecAnalyzers.CodeFixes.GenerateMetricCodeFix>;

namespace SpecAnalyzers.Tests.Rules.Spec0xx;

/// <summary>CS0246 inside <c>typeof</c> of a metric reference: "Generate metric 'X'".</summary>
public sealed class GenerateMetricCodeFixTests
{
    private const string Parts = """
        [Owner("lyrics-squad")]
        [Hypothesis("We believe lyric cards will raise shares because 12% of lyric views end in a screenshot")]
        """;

    [Fact]
    public Task UnknownSuccessMetric_DeclaredAfterTheSpecWithDirectionIncrease() =>
        Fix.VerifyAsync($$"""
            using SpecAnalyzers;

            namespace Music;

            [Experiment("lyrics-card-share")]
            {{Parts}}
            [SuccessMetric(typeof({|CS0246:LyricsShareRate|}), MinimumDetectableEffect = 0.02)]
            [TweakPlan("Cut render time", ReviewBy = "2027-02-01")]
            public sealed class LyricsCardShare { }
            """, $$"""
            using SpecAnalyzers;

            namespace Music;

            [Experiment("lyrics-card-share")]
            {{Parts}}
            [SuccessMetric(typeof(LyricsShareRate), MinimumDetectableEffect = 0.02)]
            [TweakPlan("Cut render time", ReviewBy = "2027-02-01")]
            public sealed class LyricsCardShare { }

            [Metric("lyrics.share_rate", Direction = MetricDirection.Increase, Description = "TODO: what this metric measures and where it is computed")]
            public sealed class LyricsShareRate { }
            """);

    [Fact]
    public Task UnknownGuardrailWithoutUsingInBlockNamespace_DirectionDecreaseAndUsingAdded() =>
        Fix.VerifyAsync("""
            namespace Music
            {
                [SpecAnalyzers.Metric("lyrics.share_rate")]
                public sealed class LyricsShareRate { }

                [SpecAnalyzers.Experiment("lyrics-card-share")]
                [SpecAnalyzers.Owner("lyrics-squad")]
                [SpecAnalyzers.Hypothesis("We believe lyric cards will raise shares because 12% of lyric views end in a screenshot")]
                [SpecAnalyzers.SuccessMetric(typeof(LyricsShareRate))]
                [SpecAnalyzers.GuardrailMetric(typeof({|CS0246:CrashRate|}), NonInferiorityMargin = 0.001)]
                [SpecAnalyzers.TweakPlan("Cut render time", ReviewBy = "2027-02-01")]
                public sealed class LyricsCardShare { }
            }
            """, """
            using SpecAnalyzers;

            namespace Music
            {
                [SpecAnalyzers.Metric("lyrics.share_rate")]
                public sealed class LyricsShareRate { }

                [SpecAnalyzers.Experiment("lyrics-card-share")]
                [SpecAnalyzers.Owner("lyrics-squad")]
                [SpecAnalyzers.Hypothesis("We believe lyric cards will raise shares because 12% of lyric views end in a screenshot")]
                [SpecAnalyzers.SuccessMetric(typeof(LyricsShareRate))]
                [SpecAnalyzers.GuardrailMetric(typeof(CrashRate), NonInferiorityMargin = 0.001)]
                [SpecAnalyzers.TweakPlan("Cut render time", ReviewBy = "2027-02-01")]
                public sealed class LyricsCardShare { }

                [Metric("crash.rate", Direction = MetricDirection.Decrease, Description = "TODO: what this metric measures and where it is computed")]
                public sealed class CrashRate { }
            }
            """);

    [Fact]
    public Task NestedSpec_MetricNestedAfterIt() =>
        Fix.VerifyAsync($$"""
            using SpecAnalyzers;

            public static class LyricsSpecs
            {
                [FeatureFlag("offline-lyrics")]
                [Owner("lyrics-squad")]
                [Hypothesis("We believe offline lyrics will raise lyric views because 30% of sessions start offline")]
                [SuccessMetric(typeof({|CS0246:LyricViews|}))]
                [TweakPlan("Trim", ReviewBy = "2027-02-01")]
                public sealed class OfflineLyrics { }
            }
            """, $$"""
            using SpecAnalyzers;

            public static class LyricsSpecs
            {
                [FeatureFlag("offline-lyrics")]
                [Owner("lyrics-squad")]
                [Hypothesis("We believe offline lyrics will raise lyric views because 30% of sessions start offline")]
                [SuccessMetric(typeof(LyricViews))]
                [TweakPlan("Trim", ReviewBy = "2027-02-01")]
                public sealed class OfflineLyrics { }

                [Metric("lyric.views", Direction = MetricDirection.Increase, Description = "TODO: what this metric measures and where it is computed")]
                public sealed class LyricViews { }
            }
            """);

    [Fact]
    public Task SameUnknownMetricInTwoSpecsOverTwoFiles_DeclaredOnce() =>
        Fix.CreateFiles(
            [
                $$"""
                using SpecAnalyzers;
                namespace Music;

                [Experiment("lyrics-card-share")]
                {{Parts}}
                [SuccessMetric(typeof({|CS0246:LyricsShareRate|}))]
                [TweakPlan("Cut render time", ReviewBy = "2027-02-01")]
                public sealed class LyricsCardShare { }

                [Experiment("lyrics-story-share")]
                {{Parts}}
                [SuccessMetric(typeof({|CS0246:LyricsShareRate|}))]
                [TweakPlan("Cut render time", ReviewBy = "2027-02-01")]
                public sealed class LyricsStoryShare { }
                """,
                $$"""
                using SpecAnalyzers;
                namespace Music;

                [Experiment("lyrics-poster-share")]
                {{Parts}}
                [SuccessMetric(typeof({|CS0246:LyricsShareRate|}))]
                [TweakPlan("Cut render time", ReviewBy = "2027-02-01")]
                public sealed class LyricsPosterShare { }
                """,
            ],
            [
                $$"""
                using SpecAnalyzers;
                namespace Music;

                [Experiment("lyrics-card-share")]
                {{Parts}}
                [SuccessMetric(typeof(LyricsShareRate))]
                [TweakPlan("Cut render time", ReviewBy = "2027-02-01")]
                public sealed class LyricsCardShare { }

                [Metric("lyrics.share_rate", Direction = MetricDirection.Increase, Description = "TODO: what this metric measures and where it is computed")]
                public sealed class LyricsShareRate { }

                [Experiment("lyrics-story-share")]
                {{Parts}}
                [SuccessMetric(typeof(LyricsShareRate))]
                [TweakPlan("Cut render time", ReviewBy = "2027-02-01")]
                public sealed class LyricsStoryShare { }
                """,
                $$"""
                using SpecAnalyzers;
                namespace Music;

                [Experiment("lyrics-poster-share")]
                {{Parts}}
                [SuccessMetric(typeof(LyricsShareRate))]
                [TweakPlan("Cut render time", ReviewBy = "2027-02-01")]
                public sealed class LyricsPosterShare { }
                """,
            ]).RunAsync();

    [Fact]
    public async Task UnknownTypeOutsideAMetricReference_NothingOffered()
    {
        var titles = await OfferedFixes.TitlesAsync(new GenerateMetricCodeFix(), GenerateMetricCodeFix.TypeNotFoundId, """
            using SpecAnalyzers;

            [Experiment("lyrics-card-share")]
            [Hypothesis("We believe lyric cards will raise shares because 12% of lyric views end in a screenshot", Goal = typeof(SocialDiscovery))]
            [SuccessMetric(typeof(Music.LyricsShareRate))]
            [GuardrailMetric(typeof(System.Collections.Generic.List<CrashRate>))]
            public sealed class LyricsCardShare
            {
                public Unknown Field;
            }
            """);

        Assert.Empty(titles);
    }

    [Fact]
    public async Task UnknownMetric_TitleNamesIt()
    {
        var titles = await OfferedFixes.TitlesAsync(new GenerateMetricCodeFix(), GenerateMetricCodeFix.TypeNotFoundId, """
            [SpecAnalyzers.Experiment("lyrics-card-share")]
            [SpecAnalyzers.SuccessMetric(typeof(LyricsShareRate))]
            public sealed class LyricsCardShare { }
            """);

        Assert.Equal(["Generate metric 'LyricsShareRate'"], titles);
    }
}
