using SpecAnalyzers.Templates;
using static SpecAnalyzers.Tests.Verifiers.SpecSources;

namespace SpecAnalyzers.Tests.Rules.Spec1xx;

/// <summary>SPEC101: empty, whitespace or placeholder text in the prose around a spec (insight) and of its metrics and goals; the mission texts are SPEC005's.</summary>
public sealed class PlaceholderTextTests
{
    private const string Rule = "SPEC101";
    private const string Flag = "Feature flag 'offline-lyrics' (OfflineLyrics)";

    [Fact]
    public Task PlaceholderInsight_ReportedMissionTextsLeftToSpec005() =>
        RuleVerifier.VerifyAsync(Rule, """
            using SpecAnalyzers;
            namespace Music
            {
                [FeatureFlag("offline-lyrics")]
                [Owner("TBD")]
                [Hypothesis("TODO", Insight = {|#0:"???"|}, Goal = typeof(SocialDiscovery))]
                [SuccessMetric(typeof(LyricsShareRate))]
                [TweakPlan("FIXME: decide after launch", ReviewBy = "2027-02-01")]
                public sealed class OfflineLyrics { }
            }
            """,
            RuleVerifier.Diagnostic(Rule).WithLocation(0).WithArguments(Flag, "insight", "???", "a placeholder"));

    [Fact]
    public Task CodeFixTemplates_NotThisRule() =>
        RuleVerifier.VerifyAsync(Rule, $$"""
            using SpecAnalyzers;
            namespace Music
            {
                [FeatureFlag("offline-lyrics")]
                [Owner("{{SpecPartTemplates.Owner}}")]
                [Hypothesis("{{SpecPartTemplates.Hypothesis}}", Goal = typeof(SocialDiscovery))]
                [TweakPlan("{{SpecPartTemplates.TweakPlan}}", ReviewBy = "2027-02-01")]
                public sealed class OfflineLyrics { }
            }
            """);

    [Fact]
    public Task ProseMentioningPlaceholderWords_NotReported() =>
        RuleVerifier.VerifyAsync(Rule, """
            using SpecAnalyzers;
            [FeatureFlag("playlist-todos")]
            [Owner("playlist-squad")]
            [Hypothesis("We believe a todo list of songs to try will raise saves because 40% of TBD-tagged playlists are never opened again",
                Insight = "Interviews: 'placeholder playlists' are how people queue music N/A elsewhere")]
            [TweakPlan("Drop the TODO badge if nobody taps it", ReviewBy = "2027-02-01")]
            public sealed class PlaylistTodos { }
            """);

    [Fact]
    public Task MetricUnitDescriptionAndGoalTexts_Reported() =>
        RuleVerifier.VerifyAsync(Rule, $$"""
            using SpecAnalyzers;
            namespace Music.Drafts
            {
                [Metric("lyrics.saves", Unit = {|#0:"tbd"|}, Description = {|#3:"{{SpecPartTemplates.MetricDescription}}"|})]
                public sealed class LyricSaves { }

                [Goal({|#1:"  "|}, KeyResult = {|#2:"XXX"|})]
                public sealed class Retention { }
            }
            """,
            RuleVerifier.Diagnostic(Rule).WithLocation(0).WithArguments("Metric LyricSaves", "unit", "tbd", "a placeholder"),
            RuleVerifier.Diagnostic(Rule).WithLocation(1).WithArguments("Goal Retention", "objective", "  ", "empty"),
            RuleVerifier.Diagnostic(Rule).WithLocation(2).WithArguments("Goal Retention", "key result", "XXX", "a placeholder"),
            RuleVerifier.Diagnostic(Rule).WithLocation(3).WithArguments("Metric LyricSaves", "description", SpecPartTemplates.MetricDescription, "a placeholder"));

    [Fact]
    public Task IdentifiersAndUnwrittenOptionals_NotThisRule() =>
        RuleVerifier.VerifyAsync(Rule, """
            using SpecAnalyzers;
            [Metric("TODO")]
            public sealed class Draft { }

            [FeatureFlag("TBD")]
            [Owner("lyrics-squad")]
            [Hypothesis("We believe offline lyrics will raise views because sessions start offline", Insight = null)]
            public sealed class OfflineLyrics { }
            """);

    [Fact]
    public Task PartsOnTypeThatIsNotASpec_LeftToSpec108() =>
        RuleVerifier.VerifyAsync(Rule, """
            using SpecAnalyzers;
            [Owner("TODO")]
            public sealed class NotASpec { }
            """);
}
