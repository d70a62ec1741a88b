using Microsoft.CodeAnalysis.Testing;
using SpecAnalyzers.CodeFixes.MarkAsMetric;
using Fix = SpecAnalyzers.Tests.Verifiers.CodeFixVerifier<SpecAnalyzers.CodeFixes.MarkAsMetric.MarkAsMetricCodeFix>;

namespace SpecAnalyzers.Tests.Rules.Spec1xx;

/// <summary>SPEC102's fix "Mark 'X' as metric": before and after, one fix and Fix All (document, project, solution).</summary>
public sealed class MarkAsMetricCodeFixTests
{
    private const string Rule = "SPEC102";

    [Fact]
    public Task TypeInSameFile_MarkedWithMetricNameFromTypeName() =>
        Run(["""
            using SpecAnalyzers;

            namespace Music
            {
                public sealed class SessionLength
                {
                    public double Minutes { get; set; }
                }

                [Experiment("autoplay-radio")]
                [SuccessMetric({|#0:typeof(SessionLength)|}, MinimumDetectableEffect = 0.02)]
                public sealed class AutoplayRadio { }
            }
            """], ["""
            using SpecAnalyzers;

            namespace Music
            {
                [Metric("session.length", Direction = MetricDirection.Increase, Description = "TODO: what this metric measures and where it is computed")]
                public sealed class SessionLength
                {
                    public double Minutes { get; set; }
                }

                [Experiment("autoplay-radio")]
                [SuccessMetric(typeof(SessionLength), MinimumDetectableEffect = 0.02)]
                public sealed class AutoplayRadio { }
            }
            """],
            Expected(0, "success metric", "SessionLength"));

    [Fact]
    public Task TypeInOtherFileWithoutUsing_UsingAddedAndDocCommentKept() =>
        Run(["""
            using SpecAnalyzers;
            namespace Music;

            [FeatureFlag("autoplay-radio")]
            [GuardrailMetric({|#0:typeof(Telemetry.SkipRate)|})]
            public sealed class AutoplayRadio { }
            """, """
            using System;

            namespace Music.Telemetry;

            /// <summary>Skips per hundred plays.</summary>
            [Serializable]
            internal sealed class SkipRate   // counted on the client
            {
            }
            """], ["""
            using SpecAnalyzers;
            namespace Music;

            [FeatureFlag("autoplay-radio")]
            [GuardrailMetric(typeof(Telemetry.SkipRate))]
            public sealed class AutoplayRadio { }
            """, """
            using System;
            using SpecAnalyzers;

            namespace Music.Telemetry;

            /// <summary>Skips per hundred plays.</summary>
            [Serializable]
            [Metric("skip.rate", Direction = MetricDirection.Decrease, Description = "TODO: what this metric measures and where it is computed")]
            internal sealed class SkipRate   // counted on the client
            {
            }
            """],
            Expected(0, "guardrail metric", "SkipRate", file: "Feature flag 'autoplay-radio' (AutoplayRadio)"));

    [Fact]
    public Task FixAll_EachTypeMarkedOnceAcrossSpecsAndFiles() =>
        Run(["""
            using SpecAnalyzers;
            namespace Music
            {
                [Experiment("autoplay-radio")]
                [SuccessMetric({|#0:typeof(SessionLength)|})]
                [GuardrailMetric({|#1:typeof(HTTPErrors)|})]
                public sealed class AutoplayRadio { }

                [Experiment("smart-shuffle")]
                [SuccessMetric({|#2:typeof(SessionLength)|})]
                [GuardrailMetric({|#3:typeof(HTTPErrors)|})]
                public sealed class SmartShuffle { }
            }
            """, """
            namespace Music
            {
                public sealed class SessionLength { }

                public static class Health
                {
                }

                public sealed class HTTPErrors { }
            }
            """], ["""
            using SpecAnalyzers;
            namespace Music
            {
                [Experiment("autoplay-radio")]
                [SuccessMetric(typeof(SessionLength))]
                [GuardrailMetric(typeof(HTTPErrors))]
                public sealed class AutoplayRadio { }

                [Experiment("smart-shuffle")]
                [SuccessMetric(typeof(SessionLength))]
                [GuardrailMetric(typeof(HTTPErrors))]
                public sealed class SmartShuffle { }
            }
            """, """
            using SpecAnalyzers;

            namespace Music
            {
                [Metric("session.length", Direction = MetricDirection.Increase, Description = "TODO: what this metric measures and where it is computed")]
                public sealed class SessionLength { }

                public static class Health
                {
                }

                [Metric("http.errors", Direction = MetricDirection.Decrease, Description = "TODO: what this metric measures and where it is computed")]
                public sealed class HTTPErrors { }
            }
            """],
            Expected(0, "success metric", "SessionLength", "Experiment 'autoplay-radio' (AutoplayRadio)"),
            Expected(1, "guardrail metric", "HTTPErrors", "Experiment 'autoplay-radio' (AutoplayRadio)"),
            Expected(2, "success metric", "SessionLength", "Experiment 'smart-shuffle' (SmartShuffle)"),
            Expected(3, "guardrail metric", "HTTPErrors", "Experiment 'smart-shuffle' (SmartShuffle)"));

    /// <summary>The second declaration of a partial target: the fix leaves it as it is.</summary>
    private const string OtherPartOfP95StartTime = """
        namespace Music
        {
            public static partial class Measures
            {
                public sealed partial class P95StartTime { public double Milliseconds { get; set; } }
            }
        }
        """;

    [Fact]
    public Task PartialNestedTarget_MarkedOnceOnFirstDeclaration() =>
        Run(["""
            using SpecAnalyzers;
            namespace Music
            {
                public static partial class Measures
                {
                    public sealed partial class P95StartTime { }
                }

                [FeatureFlag("fast-start")]
                [SuccessMetric({|#0:typeof(Measures.P95StartTime)|})]
                public sealed class FastStart { }
            }
            """, OtherPartOfP95StartTime], ["""
            using SpecAnalyzers;
            namespace Music
            {
                public static partial class Measures
                {
                    [Metric("p95.start_time", Direction = MetricDirection.Increase, Description = "TODO: what this metric measures and where it is computed")]
                    public sealed partial class P95StartTime { }
                }

                [FeatureFlag("fast-start")]
                [SuccessMetric(typeof(Measures.P95StartTime))]
                public sealed class FastStart { }
            }
            """, OtherPartOfP95StartTime],
            Expected(0, "success metric", "Measures.P95StartTime", "Feature flag 'fast-start' (FastStart)"));

    [Fact]
    public Task AliasedAttributeAndQualifiedType_Fixed() =>
        Run(["""
            using Success = SpecAnalyzers.SuccessMetricAttribute;
            namespace Music
            {
                public sealed record ListeningTime(double Minutes);

                [global::SpecAnalyzers.FeatureFlag("autoplay-radio")]
                [Success(metric: {|#0:typeof(global::Music.ListeningTime)|})]
                public sealed class AutoplayRadio { }
            }
            """], ["""
            using SpecAnalyzers;
            using Success = SpecAnalyzers.SuccessMetricAttribute;
            namespace Music
            {
                [Metric("listening.time", Direction = MetricDirection.Increase, Description = "TODO: what this metric measures and where it is computed")]
                public sealed record ListeningTime(double Minutes);

                [global::SpecAnalyzers.FeatureFlag("autoplay-radio")]
                [Success(metric: typeof(global::Music.ListeningTime))]
                public sealed class AutoplayRadio { }
            }
            """],
            Expected(0, "success metric", "ListeningTime", "Feature flag 'autoplay-radio' (AutoplayRadio)"));

    [Fact]
    public Task FixAllInSolution_MarksTypesInEveryProject()
    {
        var test = Create(["""
            [SpecAnalyzers.FeatureFlag("autoplay-radio")]
            [SpecAnalyzers.SuccessMetric({|#0:typeof(SessionLength)|})]
            public sealed class AutoplayRadio { }

            public sealed class SessionLength { }
            """], ["""
            using SpecAnalyzers;

            [SpecAnalyzers.FeatureFlag("autoplay-radio")]
            [SpecAnalyzers.SuccessMetric(typeof(SessionLength))]
            public sealed class AutoplayRadio { }

            [Metric("session.length", Direction = MetricDirection.Increase, Description = "TODO: what this metric measures and where it is computed")]
            public sealed class SessionLength { }
            """]);
        var second = test.TestState.AdditionalProjects["Podcasts"];
        second.AdditionalReferences.Add(TestReferences.Annotations);

        // DisabledDiagnostics reach the primary project only; the other rules are silenced here the way a team would.
        var silenceOtherRules = ("/Podcasts/.globalconfig", "is_global = true\n" + string.Join("\n", OtherRules().Select(id => $"dotnet_diagnostic.{id}.severity = none")));
        second.AnalyzerConfigFiles.Add(silenceOtherRules);
        second.Sources.Add(("/Podcasts/Chapters.cs", """
            [SpecAnalyzers.Experiment("podcast-chapters")]
            [SpecAnalyzers.GuardrailMetric({|#1:typeof(ChapterSkips)|})]
            public sealed class PodcastChapters { }

            public sealed class ChapterSkips { }
            """));
        var secondFixed = test.FixedState.AdditionalProjects["Podcasts"];
        secondFixed.AdditionalReferences.Add(TestReferences.Annotations);
        secondFixed.AnalyzerConfigFiles.Add(silenceOtherRules);
        secondFixed.Sources.Add(("/Podcasts/Chapters.cs", """
            using SpecAnalyzers;

            [SpecAnalyzers.Experiment("podcast-chapters")]
            [SpecAnalyzers.GuardrailMetric(typeof(ChapterSkips))]
            public sealed class PodcastChapters { }

            [Metric("chapter.skips", Direction = MetricDirection.Decrease, Description = "TODO: what this metric measures and where it is computed")]
            public sealed class ChapterSkips { }
            """));
        test.ExpectedDiagnostics.Add(Expected(0, "success metric", "SessionLength", "Feature flag 'autoplay-radio' (AutoplayRadio)"));
        test.ExpectedDiagnostics.Add(Expected(1, "guardrail metric", "ChapterSkips", "Experiment 'podcast-chapters' (PodcastChapters)"));
        test.NumberOfFixAllInProjectIterations = 2;
        return test.RunAsync();
    }

    [Fact]
    public Task GoalReferenceAndMetadataType_NoFixOffered()
    {
        const string source = """
            using SpecAnalyzers;
            namespace Music
            {
                public sealed class Engagement { }

                [FeatureFlag("autoplay-radio")]
                [Hypothesis("We believe radio keeps people listening because albums end", Goal = {|#0:typeof(Engagement)|})]
                [SuccessMetric({|#1:typeof(System.TimeSpan)|})]
                public sealed class AutoplayRadio { }
            }
            """;
        var test = Create([source], [source]);
        test.ExpectedDiagnostics.Add(Expected(0, "goal", "Engagement", "Feature flag 'autoplay-radio' (AutoplayRadio)", expectedAttribute: "Goal"));
        test.ExpectedDiagnostics.Add(Expected(1, "success metric", "TimeSpan", "Feature flag 'autoplay-radio' (AutoplayRadio)"));
        test.FixedState.ExpectedDiagnostics.AddRange(test.ExpectedDiagnostics);
        return test.RunAsync();
    }

    private static DiagnosticResult Expected(
        int marker,
        string label,
        string type,
        string file = "Experiment 'autoplay-radio' (AutoplayRadio)",
        string expectedAttribute = "Metric") =>
        Fix.Diagnostic(Rule).WithLocation(marker).WithArguments(file, label, type, expectedAttribute);

    private static Task Run(string[] sources, string[] fixedSources, params DiagnosticResult[] expected)
    {
        var test = Create(sources, fixedSources);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    private static Fix.Test Create(string[] sources, string[] fixedSources)
    {
        var test = Fix.Create(Rule);
        for (var i = 0; i < sources.Length; i++)
        {
            test.TestState.Sources.Add(($"/File{i}.cs", sources[i]));
            test.FixedState.Sources.Add(($"/File{i}.cs", fixedSources[i]));
        }

        test.CodeActionEquivalenceKey = MarkAsMetricCodeFix.EquivalenceKey;
        return test;
    }

    private static IEnumerable<string> OtherRules() => SpecRules.Except([Rule]);
}
