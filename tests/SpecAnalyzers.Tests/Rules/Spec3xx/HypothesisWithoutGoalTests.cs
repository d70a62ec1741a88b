using Microsoft.CodeAnalysis;

namespace SpecAnalyzers.Tests.Rules.Spec3xx;

/// <summary>SPEC304 (info): a hypothesis should name the goal it serves.</summary>
public sealed class HypothesisWithoutGoalTests
{
    private const string Rule = "SPEC304";
    private const string Flag = "Feature flag 'offline-lyrics' (OfflineLyrics)";

    [Fact]
    public Task TwoSpecsOneLinked_OnlyTheOtherReported() =>
        RuleVerifier.VerifyAsync(Rule, """
            using SpecAnalyzers;
            namespace Music
            {
                [FeatureFlag("offline-lyrics")]
                [Hypothesis("We believe offline lyrics will raise views because sessions start offline", Goal = typeof(SocialDiscovery))]
                public sealed class OfflineLyrics { }

                [FeatureFlag("sleep-timer")]
                [{|#0:Hypothesis("We believe a sleep timer will raise night sessions because people fall asleep listening")|}]
                public sealed class SleepTimer { }
            }
            """,
            RuleVerifier.Diagnostic(Rule).WithLocation(0).WithArguments("Feature flag 'sleep-timer' (SleepTimer)"));

    [Fact]
    public Task HypothesisWithoutGoal_InfoOnHypothesisAttribute() =>
        RuleVerifier.VerifyAsync(Rule, """
            using SpecAnalyzers;
            [FeatureFlag("offline-lyrics")]
            [{|#0:Hypothesis("We believe offline lyrics will raise views because sessions start offline", Insight = "Session logs")|}]
            public sealed class OfflineLyrics { }
            """,
            RuleVerifier.Diagnostic(Rule).WithLocation(0).WithSeverity(DiagnosticSeverity.Info).WithArguments(Flag));

    [Fact]
    public Task GoalNull_Reported() =>
        RuleVerifier.VerifyAsync(Rule, """
            using SpecAnalyzers;
            [FeatureFlag("offline-lyrics")]
            [{|#0:Hypothesis("We believe offline lyrics will raise views because sessions start offline", Goal = null)|}]
            public sealed class OfflineLyrics { }
            """,
            RuleVerifier.Diagnostic(Rule).WithLocation(0).WithArguments(Flag));

    [Fact]
    public Task HypothesisInOtherPartialFileThroughAlias_ReportedThere() =>
        RuleVerifier.VerifyAsync(Rule, ["""
            [SpecAnalyzers.Experiment("lyrics-card-share", Phase = SpecAnalyzers.Phase.Retired)]
            public sealed partial class LyricsCardShare { }
            """, """
            using Believe = SpecAnalyzers.HypothesisAttribute;
            [{|#0:Believe(statement: "We believe cards will raise shares because people screenshot lyrics")|}]
            public sealed partial class LyricsCardShare { }
            """],
            RuleVerifier.Diagnostic(Rule).WithLocation(0).WithArguments("Experiment 'lyrics-card-share' (LyricsCardShare)"));

    [Fact]
    public Task GoalNamingANonGoalType_LeftToSpec102() =>
        RuleVerifier.VerifyAsync(Rule, """
            using SpecAnalyzers;
            namespace Music
            {
                [FeatureFlag("offline-lyrics")]
                [Hypothesis("We believe offline lyrics will raise views because sessions start offline", Goal = typeof(SessionLength))]
                public sealed class OfflineLyrics { }
            }
            """);

    [Fact]
    public Task NoHypothesisOrNotASpec_NoDiagnostic() =>
        RuleVerifier.VerifyAsync(Rule, """
            using SpecAnalyzers;
            [FeatureFlag("offline-lyrics")]
            public sealed class OfflineLyrics { }

            [Hypothesis("We believe karaoke will raise sessions because people sing")]
            public sealed class KaraokeMode { }
            """);

    [Fact]
    public Task SeverityRaisedInEditorConfig_Applies()
    {
        var test = RuleVerifier.Create(Rule, """
            [SpecAnalyzers.FeatureFlag("offline-lyrics")]
            [{|#0:global::SpecAnalyzers.Hypothesis("We believe offline lyrics will raise views because sessions start offline")|}]
            public sealed class OfflineLyrics { }
            """);
        test.TestState.AnalyzerConfigFiles.Add(RuleVerifier.EditorConfig("dotnet_diagnostic.SPEC304.severity = warning"));
        test.ExpectedDiagnostics.Add(RuleVerifier.Diagnostic(Rule).WithLocation(0).WithSeverity(DiagnosticSeverity.Warning).WithArguments(Flag));
        return test.RunAsync();
    }

    [Fact]
    public async Task GoalBeingTyped_LeftToTheCompiler()
    {
        var diagnostics = await AnalyzerRunner.GetAnalyzerDiagnosticsAsync("""
            using SpecAnalyzers;
            [FeatureFlag("offline-lyrics")]
            [Hypothesis("We believe offline lyrics will raise views because sessions start offline", Goal = typeof(Social
            public sealed class OfflineLyrics { }

            [FeatureFlag("sleep-timer")]
            [Hypothesis("We believe a sleep timer will raise night sessions because people fall asleep", Goal = )]
            public sealed class SleepTimer { }
            """);

        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == Rule);
    }
}
