using Fix = SpecAnalyzers.Tests.Verifiers.SpecFixTest<SpecAnalyzers.CodeFixes.AddOwnerCodeFix>;

namespace SpecAnalyzers.Tests.Rules.Spec0xx;

/// <summary>SPEC003: "Add owner".</summary>
public sealed class AddOwnerCodeFixTests
{
    private const string Source = """
        using SpecAnalyzers;

        namespace Music
        {
            [Metric("lyrics.share_rate")]
            public sealed class LyricsShareRate { }

            [Experiment("lyrics-card-share", Phase = Phase.Ship, RolloutPercent = 5)]
            [Hypothesis("We believe lyric cards will raise shares because 12% of lyric views end in a screenshot")]
            [SuccessMetric(typeof(LyricsShareRate))]
            [TweakPlan("Cut render time", ReviewBy = "2027-02-01")]
            public sealed class {|SPEC003:LyricsCardShare|} { }
        }
        """;

    [Fact]
    public Task NoDefaultOwner_PlaceholderRightAfterTheSpecAttribute() =>
        Fix.VerifyAsync(Source, Fixed("\"TODO: owner\""));

    [Fact]
    public Task DefaultOwnerInEditorConfig_ThatOwnerWritten() =>
        Fix.Create(Source, Fixed("\"lyrics-squad\""), "spec_analyzers.default_owner = lyrics-squad").RunAsync();

    [Fact]
    public Task DefaultOwnerWithQuotes_WrittenAsAnEscapedLiteral() =>
        Fix.Create(Source, Fixed("\"the \\\"lyrics\\\" squad\""), "spec_analyzers.default_owner = the \"lyrics\" squad").RunAsync();

    [Fact]
    public Task NoUsingInGlobalNamespace_UsingAddedAtTheTop() =>
        Fix.VerifyAsync("""
            [SpecAnalyzers.Metric("lyrics.share_rate")]
            public sealed class LyricsShareRate { }

            [SpecAnalyzers.FeatureFlag("offline-lyrics")]
            [SpecAnalyzers.Hypothesis("We believe offline lyrics will raise lyric views because 30% of sessions start offline")]
            [SpecAnalyzers.SuccessMetric(typeof(LyricsShareRate))]
            [SpecAnalyzers.TweakPlan("Trim", ReviewBy = "2027-02-01")]
            public sealed class {|SPEC003:OfflineLyrics|} { }
            """, """
            using SpecAnalyzers;

            [SpecAnalyzers.Metric("lyrics.share_rate")]
            public sealed class LyricsShareRate { }

            [SpecAnalyzers.FeatureFlag("offline-lyrics")]
            [Owner("TODO: owner")]
            [SpecAnalyzers.Hypothesis("We believe offline lyrics will raise lyric views because 30% of sessions start offline")]
            [SpecAnalyzers.SuccessMetric(typeof(LyricsShareRate))]
            [SpecAnalyzers.TweakPlan("Trim", ReviewBy = "2027-02-01")]
            public sealed class OfflineLyrics { }
            """);

    [Fact]
    public Task AliasedAnnotationsNamespace_UsingAddedBesideTheAlias() =>
        Fix.VerifyAsync("""
            using Spec = SpecAnalyzers;

            [Spec.Metric("lyrics.share_rate")]
            public sealed class LyricsShareRate { }

            [Spec.FeatureFlag("offline-lyrics")]
            [Spec.Hypothesis("We believe offline lyrics will raise lyric views because 30% of sessions start offline")]
            [Spec.SuccessMetric(typeof(LyricsShareRate))]
            [Spec.TweakPlan("Trim", ReviewBy = "2027-02-01")]
            public sealed class {|SPEC003:OfflineLyrics|} { }
            """, """
            using SpecAnalyzers;
            using Spec = SpecAnalyzers;

            [Spec.Metric("lyrics.share_rate")]
            public sealed class LyricsShareRate { }

            [Spec.FeatureFlag("offline-lyrics")]
            [Owner("TODO: owner")]
            [Spec.Hypothesis("We believe offline lyrics will raise lyric views because 30% of sessions start offline")]
            [Spec.SuccessMetric(typeof(LyricsShareRate))]
            [Spec.TweakPlan("Trim", ReviewBy = "2027-02-01")]
            public sealed class OfflineLyrics { }
            """);

    private static string Fixed(string owner) => $$"""
        using SpecAnalyzers;

        namespace Music
        {
            [Metric("lyrics.share_rate")]
            public sealed class LyricsShareRate { }

            [Experiment("lyrics-card-share", Phase = Phase.Ship, RolloutPercent = 5)]
            [Owner({{owner}})]
            [Hypothesis("We believe lyric cards will raise shares because 12% of lyric views end in a screenshot")]
            [SuccessMetric(typeof(LyricsShareRate))]
            [TweakPlan("Cut render time", ReviewBy = "2027-02-01")]
            public sealed class LyricsCardShare { }
        }
        """;
}
