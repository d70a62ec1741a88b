using SpecAnalyzers.Templates;
using static SpecAnalyzers.Tests.Verifiers.SpecSources;

namespace SpecAnalyzers.Tests.Rules.Spec0xx;

/// <summary>SPEC005 for the text parts: an owner, hypothesis or tweak plan that is empty or a placeholder is missing.</summary>
public sealed class PlaceholderMissionTextTests
{
    private const string Rule = "SPEC005";
    private const string Flag = "Feature flag 'offline-lyrics' (OfflineLyrics)";

    [Fact]
    public Task PlaceholderInEverySpecText_EachReportedOnItsValue() =>
        RuleVerifier.VerifyAsync(Rule, """
            using SpecAnalyzers;
            namespace Music
            {
                [FeatureFlag("offline-lyrics")]
                [Owner({|#0:"TBD"|})]
                [Hypothesis({|#1:"TODO"|}, Insight = "???", Goal = typeof(SocialDiscovery))]
                [SuccessMetric(typeof(LyricsShareRate))]
                [TweakPlan({|#3:"FIXME: decide after launch"|}, ReviewBy = "2027-02-01")]
                public sealed class OfflineLyrics { }
            }
            """,
            RuleVerifier.Diagnostic(Rule).WithLocation(0).WithArguments(Flag, "owner", "TBD", "a placeholder"),
            RuleVerifier.Diagnostic(Rule).WithLocation(1).WithArguments(Flag, "hypothesis", "TODO", "a placeholder"),
            RuleVerifier.Diagnostic(Rule).WithLocation(3).WithArguments(Flag, "tweak plan", "FIXME: decide after launch", "a placeholder"));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\\t\\n")]
    public Task BlankOwner_ReportedAsEmpty(string owner) =>
        RuleVerifier.VerifyAsync(Rule, $$"""
            using SpecAnalyzers;
            [FeatureFlag("offline-lyrics")]
            [Owner({|#0:"{{owner}}"|})]
            public sealed class OfflineLyrics { }
            """,
            RuleVerifier.Diagnostic(Rule).WithLocation(0).WithArguments(
                "Feature flag 'offline-lyrics' (OfflineLyrics)", "owner", owner.Replace("\\t", "\t").Replace("\\n", "\n"), "empty"));

    [Fact]
    public Task CodeFixTemplates_StayFlaggedUntilWritten() =>
        RuleVerifier.VerifyAsync(Rule, $$"""
            using SpecAnalyzers;
            namespace Music
            {
                [FeatureFlag("offline-lyrics")]
                [Owner({|#0:"{{SpecPartTemplates.Owner}}"|})]
                [Hypothesis({|#1:"{{SpecPartTemplates.Hypothesis}}"|}, Goal = typeof(SocialDiscovery))]
                [TweakPlan({|#2:"{{SpecPartTemplates.TweakPlan}}"|}, ReviewBy = "2027-02-01")]
                public sealed class OfflineLyrics { }
            }
            """,
            RuleVerifier.Diagnostic(Rule).WithLocation(0).WithArguments(Flag, "owner", SpecPartTemplates.Owner, "a placeholder"),
            RuleVerifier.Diagnostic(Rule).WithLocation(1).WithArguments(Flag, "hypothesis", SpecPartTemplates.Hypothesis, "a placeholder"),
            RuleVerifier.Diagnostic(Rule).WithLocation(2).WithArguments(Flag, "tweak plan", SpecPartTemplates.TweakPlan, "a placeholder"));

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
    public Task PartialSpec_PlaceholderInOtherFile_ReportedThereOnce() =>
        RuleVerifier.VerifyAsync(Rule, [$$"""
            using SpecAnalyzers;
            namespace Music
            {
                [FeatureFlag("offline-lyrics")]
                [Owner("lyrics-squad")]
                public sealed partial class OfflineLyrics { }
            }
            """, """
            using SpecAnalyzers;
            namespace Music
            {
                [TweakPlan({|#0:"TODO: cache size"|}, ReviewBy = "2027-02-01")]
                public sealed partial class OfflineLyrics { }
            }
            """],
            RuleVerifier.Diagnostic(Rule).WithLocation(0).WithArguments(Flag, "tweak plan", "TODO: cache size", "a placeholder"));

    [Fact]
    public Task ConstantOwnerThroughAliasAndFullName_ReportedOnTheConstant() =>
        RuleVerifier.VerifyAsync(Rule, """
            using Owns = SpecAnalyzers.OwnerAttribute;
            namespace Music
            {
                internal static class Teams
                {
                    public const string Unknown = "N/A";
                }

                [global::SpecAnalyzers.FeatureFlagAttribute("offline-lyrics")]
                [Owns(owner: {|#0:Teams.Unknown|})]
                [SpecAnalyzers.TweakPlanAttribute(plan: {|#1:"TBA" + "."|}, ReviewBy = "2027-02-01")]
                public sealed class OfflineLyrics { }
            }
            """,
            RuleVerifier.Diagnostic(Rule).WithLocation(0).WithArguments(Flag, "owner", "N/A", "a placeholder"),
            RuleVerifier.Diagnostic(Rule).WithLocation(1).WithArguments(Flag, "tweak plan", "TBA.", "a placeholder"));

    [Fact]
    public Task ConfiguredWordsExtendingDefaults_BothReported()
    {
        var test = RuleVerifier.Create(Rule, Catalog, """
            using SpecAnalyzers;
            namespace Music
            {
                [FeatureFlag("offline-lyrics")]
                [Owner({|#0:"WIP"|})]
                [TweakPlan({|#1:"TODO"|}, ReviewBy = "2027-02-01")]
                public sealed class OfflineLyrics { }
            }
            """);
        test.TestState.AnalyzerConfigFiles.Add(RuleVerifier.EditorConfig("spec_analyzers.placeholder_words = defaults, WIP"));
        test.ExpectedDiagnostics.Add(RuleVerifier.Diagnostic(Rule).WithLocation(0).WithArguments(Flag, "owner", "WIP", "a placeholder"));
        test.ExpectedDiagnostics.Add(RuleVerifier.Diagnostic(Rule).WithLocation(1).WithArguments(Flag, "tweak plan", "TODO", "a placeholder"));
        return test.RunAsync();
    }

    [Fact]
    public Task ConfiguredWordsReplacingDefaults_OnlyTheyCount()
    {
        var test = RuleVerifier.Create(Rule, Catalog, """
            using SpecAnalyzers;
            namespace Music
            {
                [FeatureFlag("offline-lyrics")]
                [Owner("N/A")]
                [TweakPlan({|#0:"wip: cache"|}, ReviewBy = "2027-02-01")]
                public sealed class OfflineLyrics { }
            }
            """);
        test.TestState.AnalyzerConfigFiles.Add(RuleVerifier.EditorConfig("spec_analyzers.placeholder_words = WIP, HACK"));
        test.ExpectedDiagnostics.Add(RuleVerifier.Diagnostic(Rule).WithLocation(0).WithArguments(Flag, "tweak plan", "wip: cache", "a placeholder"));
        return test.RunAsync();
    }

    [Fact]
    public Task BrokenCode_NoDiagnosticNoCrash() =>
        RuleVerifier.VerifyAsync(Rule, """
            using SpecAnalyzers;
            [FeatureFlag("offline-lyrics")]
            [Owner({|CS0103:Unknown|})]
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
