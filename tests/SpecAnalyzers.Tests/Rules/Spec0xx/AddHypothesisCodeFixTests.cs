using Microsoft.CodeAnalysis.Testing;
using Fix = SpecAnalyzers.Tests.Verifiers.SpecFixTest<SpecAnalyzers.CodeFixes.AddHypothesisCodeFix>;

namespace SpecAnalyzers.Tests.Rules.Spec0xx;

/// <summary>SPEC001: "Add hypothesis template".</summary>
public sealed class AddHypothesisCodeFixTests
{
    private const string Template = "\"TODO: We believe [change] for [audience] will [move metric] because [insight]\"";

    [Fact]
    public Task FileScopedNamespace_TemplateAddedBetweenOwnerAndSuccessMetric() =>
        Fix.VerifyAsync("""
            using SpecAnalyzers;

            namespace Music;

            [Metric("lyrics.share_rate")]
            public sealed class LyricsShareRate { }

            [FeatureFlag("offline-lyrics")]
            [Owner("lyrics-squad")]
            [SuccessMetric(typeof(LyricsShareRate))]
            [TweakPlan("Trim the cache", ReviewBy = "2027-02-01")]
            public sealed class {|SPEC001:OfflineLyrics|} { }
            """, $$"""
            using SpecAnalyzers;

            namespace Music;

            [Metric("lyrics.share_rate")]
            public sealed class LyricsShareRate { }

            [FeatureFlag("offline-lyrics")]
            [Owner("lyrics-squad")]
            [Hypothesis({{Template}})]
            [SuccessMetric(typeof(LyricsShareRate))]
            [TweakPlan("Trim the cache", ReviewBy = "2027-02-01")]
            public sealed class OfflineLyrics { }
            """);

    [Fact]
    public Task BlockNamespaceWithoutUsing_UsingAddedAndNameShort() =>
        Fix.VerifyAsync("""
            using System;

            namespace Music
            {
                [SpecAnalyzers.Metric("lyrics.share_rate")]
                public sealed class LyricsShareRate { }

                [SpecAnalyzers.FeatureFlag("offline-lyrics")]
                [SpecAnalyzers.Owner("lyrics-squad")]
                [SpecAnalyzers.SuccessMetric(typeof(LyricsShareRate))]
                [SpecAnalyzers.TweakPlan("Trim the cache", ReviewBy = "2027-02-01")]
                public sealed class {|SPEC001:OfflineLyrics|} { }
            }
            """, $$"""
            using System;
            using SpecAnalyzers;

            namespace Music
            {
                [SpecAnalyzers.Metric("lyrics.share_rate")]
                public sealed class LyricsShareRate { }

                [SpecAnalyzers.FeatureFlag("offline-lyrics")]
                [SpecAnalyzers.Owner("lyrics-squad")]
                [Hypothesis({{Template}})]
                [SpecAnalyzers.SuccessMetric(typeof(LyricsShareRate))]
                [SpecAnalyzers.TweakPlan("Trim the cache", ReviewBy = "2027-02-01")]
                public sealed class OfflineLyrics { }
            }
            """);

    [Fact]
    public Task UserTypeNamedLikeTheAttribute_NameStaysQualified() =>
        Fix.VerifyAsync("""
            using SpecAnalyzers;

            namespace Music;

            public sealed class HypothesisAttribute : System.Attribute { }

            [Metric("lyrics.share_rate")]
            public sealed class LyricsShareRate { }

            [FeatureFlag("offline-lyrics")]
            [Owner("lyrics-squad")]
            [SuccessMetric(typeof(LyricsShareRate))]
            [TweakPlan("Trim the cache", ReviewBy = "2027-02-01")]
            public sealed class {|SPEC001:OfflineLyrics|} { }
            """, $$"""
            using SpecAnalyzers;

            namespace Music;

            public sealed class HypothesisAttribute : System.Attribute { }

            [Metric("lyrics.share_rate")]
            public sealed class LyricsShareRate { }

            [FeatureFlag("offline-lyrics")]
            [Owner("lyrics-squad")]
            [SpecAnalyzers.Hypothesis({{Template}})]
            [SuccessMetric(typeof(LyricsShareRate))]
            [TweakPlan("Trim the cache", ReviewBy = "2027-02-01")]
            public sealed class OfflineLyrics { }
            """);

    [Fact]
    public Task DocCommentsCommentsAndOtherAttributes_Kept() =>
        Fix.VerifyAsync("""
            using System;
            using SpecAnalyzers;

            namespace Music;

            [Metric("lyrics.share_rate")]
            public sealed class LyricsShareRate { }

            /// <summary>Lyrics without a connection.</summary>
            [Serializable]
            [FeatureFlag("offline-lyrics")] // the key the app evaluates
            [Owner("lyrics-squad")]
            // Measured by shares.
            [SuccessMetric(typeof(LyricsShareRate))]
            [TweakPlan("Trim the cache", ReviewBy = "2027-02-01")]
            [Obsolete("Use the new player")]
            public sealed class {|SPEC001:OfflineLyrics|} { }
            """, $$"""
            using System;
            using SpecAnalyzers;

            namespace Music;

            [Metric("lyrics.share_rate")]
            public sealed class LyricsShareRate { }

            /// <summary>Lyrics without a connection.</summary>
            [Serializable]
            [FeatureFlag("offline-lyrics")] // the key the app evaluates
            [Owner("lyrics-squad")]
            [Hypothesis({{Template}})]
            // Measured by shares.
            [SuccessMetric(typeof(LyricsShareRate))]
            [TweakPlan("Trim the cache", ReviewBy = "2027-02-01")]
            [Obsolete("Use the new player")]
            public sealed class OfflineLyrics { }
            """);

    [Fact]
    public Task AttributesOnOneLine_TemplateAddedOnThatLine() =>
        Fix.VerifyAsync("""
            using SpecAnalyzers;

            [Metric("lyrics.share_rate")] public sealed class LyricsShareRate { }

            [FeatureFlag("offline-lyrics")] [Owner("lyrics-squad")] [SuccessMetric(typeof(LyricsShareRate))] [TweakPlan("Trim", ReviewBy = "2027-02-01")] public sealed class {|SPEC001:OfflineLyrics|} { }
            """, $$"""
            using SpecAnalyzers;

            [Metric("lyrics.share_rate")] public sealed class LyricsShareRate { }

            [FeatureFlag("offline-lyrics")] [Owner("lyrics-squad")] [Hypothesis({{Template}})] [SuccessMetric(typeof(LyricsShareRate))] [TweakPlan("Trim", ReviewBy = "2027-02-01")] public sealed class OfflineLyrics { }
            """);

    [Fact]
    public Task CrLfLineEndings_Kept()
    {
        var source = """
            using SpecAnalyzers;

            [Metric("lyrics.share_rate")]
            public sealed class LyricsShareRate { }

            [FeatureFlag("offline-lyrics")]
            [SuccessMetric(typeof(LyricsShareRate))]
            [Owner("lyrics-squad")]
            [TweakPlan("Trim", ReviewBy = "2027-02-01")]
            public sealed class {|SPEC001:OfflineLyrics|} { }
            """.ReplaceLineEndings("\r\n");
        var fixedSource = $$"""
            using SpecAnalyzers;

            [Metric("lyrics.share_rate")]
            public sealed class LyricsShareRate { }

            [FeatureFlag("offline-lyrics")]
            [SuccessMetric(typeof(LyricsShareRate))]
            [Owner("lyrics-squad")]
            [Hypothesis({{Template}})]
            [TweakPlan("Trim", ReviewBy = "2027-02-01")]
            public sealed class OfflineLyrics { }
            """.ReplaceLineEndings("\r\n");
        return Fix.VerifyAsync(source, fixedSource);
    }

    [Fact]
    public Task NestedSpecIndentedWithTabs_TemplateAtTheSpecsIndentation()
    {
        var source = """
            using SpecAnalyzers;

            namespace Music
            {
            	[Metric("lyrics.share_rate")]
            	public sealed class LyricsShareRate { }

            	public static class LyricsSpecs
            	{
            		[FeatureFlag("offline-lyrics")]
            		[Owner("lyrics-squad")]
            		[SuccessMetric(typeof(LyricsShareRate))]
            		[TweakPlan("Trim", ReviewBy = "2027-02-01")]
            		public sealed class {|SPEC001:OfflineLyrics|} { }
            	}
            }
            """;
        var fixedSource = $$"""
            using SpecAnalyzers;

            namespace Music
            {
            	[Metric("lyrics.share_rate")]
            	public sealed class LyricsShareRate { }

            	public static class LyricsSpecs
            	{
            		[FeatureFlag("offline-lyrics")]
            		[Owner("lyrics-squad")]
            		[Hypothesis({{Template}})]
            		[SuccessMetric(typeof(LyricsShareRate))]
            		[TweakPlan("Trim", ReviewBy = "2027-02-01")]
            		public sealed class OfflineLyrics { }
            	}
            }
            """;
        return Fix.VerifyAsync(source, fixedSource);
    }

    [Fact]
    public Task PartialSpec_TemplateGoesOnTheDeclarationWithTheSpecAttribute() =>
        Fix.CreateFiles(
            [
                """
                using SpecAnalyzers;
                namespace Music;

                [Metric("lyrics.share_rate")]
                public sealed class LyricsShareRate { }

                [Owner("lyrics-squad")]
                [SuccessMetric(typeof(LyricsShareRate))]
                [TweakPlan("Trim", ReviewBy = "2027-02-01")]
                public sealed partial class OfflineLyrics { }
                """,
                """
                using SpecAnalyzers;
                namespace Music;

                public sealed partial class OfflineLyrics { public void Play() { } }

                [FeatureFlag("offline-lyrics")]
                public sealed partial class {|SPEC001:OfflineLyrics|} { }
                """,
            ],
            [
                """
                using SpecAnalyzers;
                namespace Music;

                [Metric("lyrics.share_rate")]
                public sealed class LyricsShareRate { }

                [Owner("lyrics-squad")]
                [SuccessMetric(typeof(LyricsShareRate))]
                [TweakPlan("Trim", ReviewBy = "2027-02-01")]
                public sealed partial class OfflineLyrics { }
                """,
                $$"""
                using SpecAnalyzers;
                namespace Music;

                public sealed partial class OfflineLyrics { public void Play() { } }

                [FeatureFlag("offline-lyrics")]
                [Hypothesis({{Template}})]
                public sealed partial class OfflineLyrics { }
                """,
            ]).RunAsync();

    [Fact]
    public Task FixAllOverTwoFiles_EverySpecGetsOneHypothesis() =>
        Fix.CreateFiles(
            [
                """
                using SpecAnalyzers;
                namespace Music;

                [Metric("lyrics.share_rate")]
                public sealed class LyricsShareRate { }

                [Experiment("lyrics-card-share")]
                [Owner("lyrics-squad")]
                [SuccessMetric(typeof(LyricsShareRate))]
                [TweakPlan("Trim", ReviewBy = "2027-02-01")]
                public sealed record {|SPEC001:LyricsCardShare|};

                [FeatureFlag("offline-lyrics")]
                [Owner("lyrics-squad")]
                [SuccessMetric(typeof(LyricsShareRate))]
                [TweakPlan("Trim", ReviewBy = "2027-02-01")]
                public sealed class {|SPEC001:OfflineLyrics|} { }
                """,
                """
                namespace Podcasts
                {
                    [SpecAnalyzers.FeatureFlag("podcast-chapters")]
                    [SpecAnalyzers.Owner("podcast-squad")]
                    [SpecAnalyzers.SuccessMetric(typeof(Music.LyricsShareRate))]
                    [SpecAnalyzers.TweakPlan("Drop thumbnails", ReviewBy = "2027-02-01")]
                    public sealed class {|SPEC001:PodcastChapters|} { }
                }
                """,
            ],
            [
                $$"""
                using SpecAnalyzers;
                namespace Music;

                [Metric("lyrics.share_rate")]
                public sealed class LyricsShareRate { }

                [Experiment("lyrics-card-share")]
                [Owner("lyrics-squad")]
                [Hypothesis({{Template}})]
                [SuccessMetric(typeof(LyricsShareRate))]
                [TweakPlan("Trim", ReviewBy = "2027-02-01")]
                public sealed record LyricsCardShare;

                [FeatureFlag("offline-lyrics")]
                [Owner("lyrics-squad")]
                [Hypothesis({{Template}})]
                [SuccessMetric(typeof(LyricsShareRate))]
                [TweakPlan("Trim", ReviewBy = "2027-02-01")]
                public sealed class OfflineLyrics { }
                """,
                $$"""
                using SpecAnalyzers;

                namespace Podcasts
                {
                    [SpecAnalyzers.FeatureFlag("podcast-chapters")]
                    [SpecAnalyzers.Owner("podcast-squad")]
                    [Hypothesis({{Template}})]
                    [SpecAnalyzers.SuccessMetric(typeof(Music.LyricsShareRate))]
                    [SpecAnalyzers.TweakPlan("Drop thumbnails", ReviewBy = "2027-02-01")]
                    public sealed class PodcastChapters { }
                }
                """,
            ]).RunAsync();
}
