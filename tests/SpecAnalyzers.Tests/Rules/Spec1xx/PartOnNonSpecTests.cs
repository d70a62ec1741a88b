namespace SpecAnalyzers.Tests.Rules.Spec1xx;

/// <summary>SPEC108: a spec part on a type with no [FeatureFlag] or [Experiment] on any of its declarations.</summary>
public sealed class PartOnNonSpecTests
{
    private const string Rule = "SPEC108";

    [Fact]
    public Task ForgottenSpecAttribute_EveryPartReportedOnItsAttribute() =>
        RuleVerifier.VerifyAsync(Rule, """
            using SpecAnalyzers;
            namespace Music
            {
                [{|#0:Owner("lyrics-squad")|}]
                [{|#1:Hypothesis("We believe karaoke mode will raise sessions because people sing along")|}]
                [{|#2:SuccessMetric(typeof(LyricsShareRate))|}, {|#3:GuardrailMetric(typeof(CrashRate))|}]
                [{|#4:TweakPlan("Cut latency", ReviewBy = "2027-02-01")|}]
                public sealed class KaraokeMode { }
            }
            """,
            Expected(0, "Owner", "KaraokeMode"),
            Expected(1, "Hypothesis", "KaraokeMode"),
            Expected(2, "SuccessMetric", "KaraokeMode"),
            Expected(3, "GuardrailMetric", "KaraokeMode"),
            Expected(4, "TweakPlan", "KaraokeMode"));

    [Fact]
    public Task SpecAttributeOnOtherPartialDeclaration_NoDiagnostic() =>
        RuleVerifier.VerifyAsync(Rule, ["""
            using SpecAnalyzers;
            namespace Music
            {
                [Owner("lyrics-squad")]
                public sealed partial class OfflineLyrics { }
            }
            """, """
            namespace Music
            {
                [SpecAnalyzers.FeatureFlag("offline-lyrics")]
                public sealed partial class OfflineLyrics { }
            }
            """]);

    [Fact]
    public Task PartsOnNonSpecSpreadOverFiles_EachReportedInItsFile() =>
        RuleVerifier.VerifyAsync(Rule, ["""
            using SpecAnalyzers;
            namespace Music
            {
                [{|#0:Owner("lyrics-squad")|}]
                public sealed partial class KaraokeMode { }
            }
            """, """
            using SpecAnalyzers;
            namespace Music
            {
                [{|#1:TweakPlan("Cut latency")|}]
                public sealed partial class KaraokeMode { }
            }
            """],
            Expected(0, "Owner", "KaraokeMode"),
            Expected(1, "TweakPlan", "KaraokeMode"));

    [Fact]
    public Task PartOnMetricType_Reported() =>
        RuleVerifier.VerifyAsync(Rule, """
            using SpecAnalyzers;
            [Metric("lyrics.saves")]
            [{|#0:Owner("lyrics-squad")|}]
            public sealed class LyricSaves { }
            """,
            Expected(0, "Owner", "LyricSaves"));

    [Fact]
    public Task AliasedAndQualifiedPartsOnNestedRecord_Reported() =>
        RuleVerifier.VerifyAsync(Rule, """
            using Owns = SpecAnalyzers.OwnerAttribute;
            public static class Specs
            {
                [{|#0:Owns("lyrics-squad")|}]
                [{|#1:global::SpecAnalyzers.TweakPlanAttribute("Cut latency")|}]
                public sealed record Karaoke(string Song);
            }
            """,
            Expected(0, "Owner", "Specs.Karaoke"),
            Expected(1, "TweakPlan", "Specs.Karaoke"));

    [Fact]
    public Task GenericTypeWithPart_NamedWithTypeParameters() =>
        RuleVerifier.VerifyAsync(Rule, """
            [{|#0:SpecAnalyzers.Owner("lyrics-squad")|}]
            public sealed class Box<TItem> { }
            """,
            Expected(0, "Owner", "Box<TItem>"));

    [Fact]
    public Task MetricAndGoalTypesWithoutParts_NoDiagnostic() =>
        RuleVerifier.VerifyAsync(Rule, """
            using SpecAnalyzers;
            [Metric("lyrics.saves")]
            public sealed class LyricSaves { }

            [Goal("Keep people listening")]
            public sealed class Engagement { }

            [System.Obsolete]
            public sealed class Plain { }
            """);

    [Fact]
    public async Task HalfTypedSpecAttribute_CountsAsSpecAndNoCrash()
    {
        var diagnostics = await AnalyzerRunner.GetAnalyzerDiagnosticsAsync(SpecSources.Catalog, """
            using SpecAnalyzers;
            namespace Music
            {
                [FeatureFlag(
                [Owner("lyrics-squad")]
                public sealed class KaraokeMode { }

                [Owner("lyrics-squad"), ]
                public sealed class
            }
            """);

        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == Rule && diagnostic.GetMessage().Contains("KaraokeMode", StringComparison.Ordinal));
    }

    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Expected(int marker, string part, string type) =>
        RuleVerifier.Diagnostic(Rule).WithLocation(marker).WithArguments(part, type);
}
