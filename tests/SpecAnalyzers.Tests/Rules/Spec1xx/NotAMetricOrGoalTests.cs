using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using static SpecAnalyzers.Tests.Verifiers.SpecSources;

namespace SpecAnalyzers.Tests.Rules.Spec1xx;

/// <summary>SPEC102: metric references that name a type without [Metric], goal references that name a type without [Goal].</summary>
public sealed class NotAMetricOrGoalTests
{
    private const string Rule = "SPEC102";
    private const string Experiment = "Experiment 'lyrics-card-share' (LyricsCardShare)";
    private const string AutoplayRadioFlag = "Feature flag 'autoplay-radio' (AutoplayRadio)";

    /// <summary>A spec whose success metric is <c>PlayCount</c>, a type each test declares its own way.</summary>
    private const string PlayCountAsSuccessMetric = """
        using SpecAnalyzers;
        namespace Music
        {
            [FeatureFlag("autoplay-radio")]
            [SuccessMetric({|#0:typeof(PlayCount)|})]
            public sealed class AutoplayRadio { }
        }
        """;

    private static DiagnosticResult PlayCountIsNotAMetric =>
        RuleVerifier.Diagnostic(Rule).WithLocation(0).WithArguments(AutoplayRadioFlag, "success metric", "PlayCount", "Metric");

    [Fact]
    public Task SuccessAndGuardrailOfPlainType_ReportedOnTypeOf() =>
        RuleVerifier.VerifyAsync(Rule, """
            using SpecAnalyzers;
            namespace Music
            {
                [Experiment("lyrics-card-share")]
                [SuccessMetric({|#0:typeof(SessionLength)|}, MinimumDetectableEffect = 0.02)]
                [SuccessMetric(typeof(LyricsShareRate))]
                [GuardrailMetric({|#1:typeof(SessionLength)|})]
                public sealed class LyricsCardShare { }
            }
            """,
            RuleVerifier.Diagnostic(Rule).WithLocation(0).WithArguments(Experiment, "success metric", "SessionLength", "Metric"),
            RuleVerifier.Diagnostic(Rule).WithLocation(1).WithArguments(Experiment, "guardrail metric", "SessionLength", "Metric"));

    [Fact]
    public Task GoalNamingAMetric_ReportedOnGoalValue() =>
        RuleVerifier.VerifyAsync(Rule, """
            using SpecAnalyzers;
            namespace Music
            {
                [Experiment("lyrics-card-share")]
                [Hypothesis("We believe cards will raise shares because people screenshot lyrics", Goal = {|#0:typeof(LyricsShareRate)|})]
                public sealed class LyricsCardShare { }
            }
            """,
            RuleVerifier.Diagnostic(Rule).WithLocation(0).WithArguments(Experiment, "goal", "LyricsShareRate", "Goal"));

    [Fact]
    public Task MetricMarkedOnOtherPartialDeclaration_Counts() =>
        RuleVerifier.VerifyAsync(Rule, ["""
            using SpecAnalyzers;
            namespace Music
            {
                [Metric("listening.session_length")]
                public sealed partial class ListeningTime { }

                [Goal("Keep people listening")]
                public sealed partial class Engagement { }
            }
            """, """
            using SpecAnalyzers;
            namespace Music
            {
                public sealed partial class ListeningTime { public double Minutes { get; set; } }

                public sealed partial class Engagement { }

                [FeatureFlag("autoplay-radio")]
                [Hypothesis("We believe radio after an album keeps people listening because 20% of sessions end with the album", Goal = typeof(Engagement))]
                [SuccessMetric(typeof(ListeningTime))]
                public sealed class AutoplayRadio { }
            }
            """]);

    [Fact]
    public Task FrameworkTypeAsMetric_Reported() =>
        RuleVerifier.VerifyAsync(Rule, """
            using SpecAnalyzers;
            [FeatureFlag("autoplay-radio")]
            [GuardrailMetric({|#0:typeof(System.TimeSpan)|})]
            public sealed class AutoplayRadio { }
            """,
            RuleVerifier.Diagnostic(Rule).WithLocation(0).WithArguments(AutoplayRadioFlag, "guardrail metric", "TimeSpan", "Metric"));

    [Fact]
    public Task AliasedAttributesAndQualifiedTypeNames_Reported() =>
        RuleVerifier.VerifyAsync(Rule, """
            using Success = SpecAnalyzers.SuccessMetricAttribute;
            using Length = Music.SessionLength;
            namespace Music.Specs
            {
                [global::SpecAnalyzers.Experiment("lyrics-card-share")]
                [Success(metric: {|#0:typeof(Length)|})]
                [SpecAnalyzers.GuardrailMetricAttribute({|#1:typeof(global::Music.SessionLength)|})]
                public sealed class LyricsCardShare { }
            }
            """,
            RuleVerifier.Diagnostic(Rule).WithLocation(0).WithArguments(Experiment, "success metric", "SessionLength", "Metric"),
            RuleVerifier.Diagnostic(Rule).WithLocation(1).WithArguments(Experiment, "guardrail metric", "SessionLength", "Metric"));

    [Fact]
    public Task NestedAndGenericTypes_NamedWithContainingType() =>
        RuleVerifier.VerifyAsync(Rule, """
            using SpecAnalyzers;
            namespace Music
            {
                public static class Measures
                {
                    public sealed class Skips { }

                    [Metric("playback.skip_rate")]
                    public sealed class SkipRate { }
                }

                public sealed class Counter<T> { }

                [FeatureFlag("smart-shuffle")]
                [SuccessMetric({|#0:typeof(Measures.Skips)|})]
                [SuccessMetric(typeof(Measures.SkipRate))]
                [GuardrailMetric({|#1:typeof(Counter<int>)|})]
                public sealed class SmartShuffle { }
            }
            """,
            RuleVerifier.Diagnostic(Rule).WithLocation(0).WithArguments("Feature flag 'smart-shuffle' (SmartShuffle)", "success metric", "Measures.Skips", "Metric"),
            RuleVerifier.Diagnostic(Rule).WithLocation(1).WithArguments("Feature flag 'smart-shuffle' (SmartShuffle)", "guardrail metric", "Counter<Int32>", "Metric"));

    /// <summary>Each file checks the links written in it: a spec spread over two files is reported where each link is, once.</summary>
    [Fact]
    public Task PartialSpec_LinkInEachFile_ReportedThereOnce() =>
        RuleVerifier.VerifyAsync(Rule, ["""
            using SpecAnalyzers;
            namespace Music
            {
                [Experiment("lyrics-card-share")]
                [Hypothesis("We believe cards will raise shares because people screenshot lyrics", Goal = {|#0:typeof(SessionLength)|})]
                public sealed partial class LyricsCardShare { }
            }
            """, """
            using SpecAnalyzers;
            namespace Music
            {
                [SuccessMetric({|#1:typeof(SessionLength)|})]
                public sealed partial class LyricsCardShare { }
            }
            """],
            RuleVerifier.Diagnostic(Rule).WithLocation(0).WithArguments(Experiment, "goal", "SessionLength", "Goal"),
            RuleVerifier.Diagnostic(Rule).WithLocation(1).WithArguments(Experiment, "success metric", "SessionLength", "Metric"));

    [Fact]
    public Task PartialDeclarationsInOneFile_ReportedOnce() =>
        RuleVerifier.VerifyAsync(Rule, """
            using SpecAnalyzers;
            namespace Music
            {
                [Experiment("lyrics-card-share")]
                public sealed partial class LyricsCardShare { }

                [GuardrailMetric({|#0:typeof(SessionLength)|})]
                public sealed partial class LyricsCardShare { }
            }
            """,
            RuleVerifier.Diagnostic(Rule).WithLocation(0).WithArguments(Experiment, "guardrail metric", "SessionLength", "Metric"));

    /// <summary>A link to a type declared further on, in a later file: checked once the compiler has bound that type too.</summary>
    [Fact]
    public Task LinkToTypeDeclaredInLaterFile_Checked() =>
        RuleVerifier.VerifyAsync(Rule, ["""
            using SpecAnalyzers;
            namespace Music
            {
                [Experiment("lyrics-card-share")]
                [SuccessMetric(typeof(Measures.LyricsShareRate))]
                [GuardrailMetric({|#0:typeof(Measures.SkipCount)|})]
                public sealed class LyricsCardShare { }
            }
            """, """
            using SpecAnalyzers;
            namespace Music.Measures
            {
                [Metric("lyrics.share_rate")]
                public sealed class LyricsShareRate { }

                public sealed class SkipCount { }
            }
            """],
            RuleVerifier.Diagnostic(Rule).WithLocation(0).WithArguments(Experiment, "guardrail metric", "SkipCount", "Metric"));

    [Fact]
    public Task OtherMetricAttributeNestedInSource_Reported() =>
        RuleVerifier.VerifyAsync(Rule, ["""
            namespace Telemetry
            {
                public static class Attributes
                {
                    [System.AttributeUsage(System.AttributeTargets.Class)]
                    public sealed class MetricAttribute : System.Attribute { }
                }
            }
            """, """
            using static Telemetry.Attributes;
            namespace Music
            {
                [Metric]
                public sealed class PlayCount { }
            }
            """, PlayCountAsSuccessMetric],
            PlayCountIsNotAMetric);

    [Fact]
    public async Task OtherGenericGoalAttributeInMetadata_Reported()
    {
        var telemetry = EmittedLibrary.Create("Telemetry", """
            namespace Telemetry
            {
                [System.AttributeUsage(System.AttributeTargets.Class)]
                public sealed class GoalAttribute<T> : System.Attribute { }
            }
            """, await TestReferences.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None));
        var test = RuleVerifier.Create(Rule, Catalog, """
            using Telemetry;
            namespace Music
            {
                [Goal<int>]
                public sealed class Retention { }
            }
            """, """
            using SpecAnalyzers;
            namespace Music
            {
                [FeatureFlag("autoplay-radio")]
                [Hypothesis("We believe radio after an album keeps people listening because 20% of sessions end with the album", Goal = {|#0:typeof(Retention)|})]
                public sealed class AutoplayRadio { }
            }
            """);
        test.TestState.AdditionalReferences.Add(telemetry);
        test.ExpectedDiagnostics.Add(RuleVerifier.Diagnostic(Rule).WithLocation(0).WithArguments(AutoplayRadioFlag, "goal", "Retention", "Goal"));
        await test.RunAsync();
    }

    [Fact]
    public Task AliasNamedLikeTheMarkerForAnotherAttribute_Reported() =>
        RuleVerifier.VerifyAsync(Rule, ["""
            using Metric = System.Runtime.CompilerServices.CompilerGeneratedAttribute;
            namespace Music
            {
                [Metric]
                public sealed class PlayCount { }
            }
            """, PlayCountAsSuccessMetric],
            PlayCountIsNotAMetric);

    [Fact]
    public Task MarkerWrittenThroughAlias_Counts() =>
        RuleVerifier.VerifyAsync(Rule, ["""
            using Measure = SpecAnalyzers.MetricAttribute;
            using Aim = SpecAnalyzers.GoalAttribute;
            namespace Music
            {
                [Measure("listening.play_count")]
                public sealed class PlayCount { }

                [Aim("Keep people listening")]
                public sealed class Engagement { }
            }
            """, """
            using SpecAnalyzers;
            namespace Music
            {
                [FeatureFlag("autoplay-radio")]
                [Hypothesis("We believe radio after an album keeps people listening because 20% of sessions end with the album", Goal = typeof(Engagement))]
                [SuccessMetric(typeof(PlayCount))]
                public sealed class AutoplayRadio { }
            }
            """]);

    [Fact]
    public async Task MetricFromReferencedAssembly_Counts()
    {
        var references = await TestReferences.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var metrics = EmittedLibrary.Create("Music.Metrics", """
            using SpecAnalyzers;
            namespace Music.Metrics
            {
                [Metric("listening.play_count")]
                public sealed class PlayCount { }

                public sealed class PlayLog { }
            }
            """, references.Add(TestReferences.Annotations));
        var test = RuleVerifier.Create(Rule, Catalog, """
            using SpecAnalyzers;
            using Music.Metrics;
            namespace Music
            {
                [FeatureFlag("autoplay-radio")]
                [SuccessMetric(typeof(PlayCount))]
                [GuardrailMetric({|#0:typeof(PlayLog)|})]
                public sealed class AutoplayRadio { }
            }
            """);
        test.TestState.AdditionalReferences.Add(metrics);
        test.ExpectedDiagnostics.Add(RuleVerifier.Diagnostic(Rule).WithLocation(0).WithArguments(AutoplayRadioFlag, "guardrail metric", "PlayLog", "Metric"));
        await test.RunAsync();
    }

    [Fact]
    public async Task UnboundTypes_LeftToTheCompiler()
    {
        var diagnostics = await AnalyzerRunner.GetAnalyzerDiagnosticsAsync(Catalog, """
            using SpecAnalyzers;
            namespace Music
            {
                [Experiment("lyrics-card-share")]
                [SuccessMetric(typeof(NotWrittenYet))]
                [GuardrailMetric(typeof())]
                [Hypothesis("We believe cards will raise shares because people screenshot lyrics", Goal = typeof(Missing))]
                public sealed class LyricsCardShare { }
            }
            """);

        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == Rule);
    }
}
