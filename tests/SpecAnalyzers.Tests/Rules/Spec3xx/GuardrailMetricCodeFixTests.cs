using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using SpecAnalyzers.CodeFixes;
using Fix = SpecAnalyzers.Tests.Verifiers.SpecFixTest<SpecAnalyzers.CodeFixes.GuardrailMetricCodeFix>;

namespace SpecAnalyzers.Tests.Rules.Spec3xx;

/// <summary>SPEC301: "Generate guardrail metric stub" and "Use metric '…' (…) as guardrail".</summary>
public sealed class GuardrailMetricCodeFixTests
{
    private const string Rule = "SPEC301";

    /// <summary>The metric the specs below measure success with.</summary>
    private const string ShareRate = """
        using SpecAnalyzers;
        namespace Music;

        [Metric("lyrics.share_rate", Direction = MetricDirection.Increase, Description = "TODO: what this metric measures and where it is computed")]
        public sealed class LyricsShareRate { }
        """;

    [Fact]
    public Task FileScopedNamespace_StubAfterTheSpecAndReferencedAfterTheSuccessMetric() =>
        Fix.VerifyAsync("""
            using SpecAnalyzers;

            namespace Music;

            [Experiment("lyrics-card-share", Phase = Phase.Ship, RolloutPercent = 5)]
            [Owner("lyrics-squad")]
            [Hypothesis("We believe lyric cards will raise shares because 12% of lyric views end in a screenshot")]
            [SuccessMetric(typeof(LyricsShareRate), MinimumDetectableEffect = 0.02)]
            [TweakPlan("Cut render time", ReviewBy = "2027-02-01")]
            public sealed class {|SPEC301:LyricsCardShare|} { }

            [Metric("lyrics.share_rate", Direction = MetricDirection.Increase, Description = "TODO: what this metric measures and where it is computed")]
            public sealed class LyricsShareRate { }
            """, """
            using SpecAnalyzers;

            namespace Music;

            [Experiment("lyrics-card-share", Phase = Phase.Ship, RolloutPercent = 5)]
            [Owner("lyrics-squad")]
            [Hypothesis("We believe lyric cards will raise shares because 12% of lyric views end in a screenshot")]
            [SuccessMetric(typeof(LyricsShareRate), MinimumDetectableEffect = 0.02)]
            [GuardrailMetric(typeof(LyricsCardShareGuardrailMetric), NonInferiorityMargin = 0.01)]
            [TweakPlan("Cut render time", ReviewBy = "2027-02-01")]
            public sealed class LyricsCardShare { }

            [Metric("lyrics_card_share.guardrail", Direction = MetricDirection.Decrease, Description = "TODO: what this metric measures and where it is computed")]
            public sealed class LyricsCardShareGuardrailMetric { }

            [Metric("lyrics.share_rate", Direction = MetricDirection.Increase, Description = "TODO: what this metric measures and where it is computed")]
            public sealed class LyricsShareRate { }
            """);

    [Fact]
    public Task BlockNamespaceWithoutUsingAndTabs_StubIndentedWithTabsAndUsingAdded() =>
        Fix.CreateFiles(
            [
                "namespace Music\n{\n"
                + "\t[SpecAnalyzers.Experiment(\"queue-suggestions\", Phase = SpecAnalyzers.Phase.Tweak, RolloutPercent = 50)]\n"
                + "\t[SpecAnalyzers.Owner(\"queue-squad\")]\n"
                + "\t[SpecAnalyzers.Hypothesis(\"We believe suggestions will lengthen sessions because 35% of sessions end with an empty queue\")]\n"
                + "\t[SpecAnalyzers.SuccessMetric(typeof(LyricsShareRate))]\n"
                + "\t[SpecAnalyzers.TweakPlan(\"Stop suggesting skipped songs\", ReviewBy = \"2027-01-15\")]\n"
                + "\tpublic sealed class {|SPEC301:QueueSuggestions|}\n"
                + "\t{\n"
                + "\t\tpublic const int Size = 20;\n"
                + "\t}\n"
                + "}\n",
                ShareRate,
            ],
            [
                "using SpecAnalyzers;\n\n"
                + "namespace Music\n{\n"
                + "\t[SpecAnalyzers.Experiment(\"queue-suggestions\", Phase = SpecAnalyzers.Phase.Tweak, RolloutPercent = 50)]\n"
                + "\t[SpecAnalyzers.Owner(\"queue-squad\")]\n"
                + "\t[SpecAnalyzers.Hypothesis(\"We believe suggestions will lengthen sessions because 35% of sessions end with an empty queue\")]\n"
                + "\t[SpecAnalyzers.SuccessMetric(typeof(LyricsShareRate))]\n"
                + "\t[GuardrailMetric(typeof(QueueSuggestionsGuardrailMetric), NonInferiorityMargin = 0.01)]\n"
                + "\t[SpecAnalyzers.TweakPlan(\"Stop suggesting skipped songs\", ReviewBy = \"2027-01-15\")]\n"
                + "\tpublic sealed class QueueSuggestions\n"
                + "\t{\n"
                + "\t\tpublic const int Size = 20;\n"
                + "\t}\n\n"
                + "\t[Metric(\"queue_suggestions.guardrail\", Direction = MetricDirection.Decrease, Description = \"TODO: what this metric measures and where it is computed\")]\n"
                + "\tpublic sealed class QueueSuggestionsGuardrailMetric { }\n"
                + "}\n",
                ShareRate,
            ]).RunAsync();

    [Fact]
    public Task NestedSpecWithAttributesOnOneLine_StubNestedRightAfterItAndTheLineKept() =>
        Fix.CreateFiles(
            [
                """
                using SpecAnalyzers;

                namespace Music
                {
                    public static class LyricsSpecs
                    {
                        [Experiment("lyrics-card-share", Phase = Phase.Ship, RolloutPercent = 5), Owner("lyrics-squad")]
                        [Hypothesis("We believe lyric cards will raise shares because 12% of lyric views end in a screenshot")]
                        [SuccessMetric(typeof(LyricsShareRate))]
                        [TweakPlan("Cut render time", ReviewBy = "2027-02-01")]
                        public sealed class {|SPEC301:LyricsCardShare|} { }

                        public static bool Enabled => true;
                    }
                }
                """,
                ShareRate,
            ],
            [
                """
                using SpecAnalyzers;

                namespace Music
                {
                    public static class LyricsSpecs
                    {
                        [Experiment("lyrics-card-share", Phase = Phase.Ship, RolloutPercent = 5), Owner("lyrics-squad")]
                        [Hypothesis("We believe lyric cards will raise shares because 12% of lyric views end in a screenshot")]
                        [SuccessMetric(typeof(LyricsShareRate))]
                        [GuardrailMetric(typeof(LyricsCardShareGuardrailMetric), NonInferiorityMargin = 0.01)]
                        [TweakPlan("Cut render time", ReviewBy = "2027-02-01")]
                        public sealed class LyricsCardShare { }

                        [Metric("lyrics_card_share.guardrail", Direction = MetricDirection.Decrease, Description = "TODO: what this metric measures and where it is computed")]
                        public sealed class LyricsCardShareGuardrailMetric { }

                        public static bool Enabled => true;
                    }
                }
                """,
                ShareRate,
            ]).RunAsync();

    [Fact]
    public Task PartialSpecWithKeyConstant_StubNextToTheDeclarationWithTheExperiment() =>
        Fix.CreateFiles(
            [
                """
                using SpecAnalyzers;
                namespace Music;

                [Owner("lyrics-squad")]
                [Hypothesis("We believe lyric cards will raise shares because 12% of lyric views end in a screenshot")]
                [SuccessMetric(typeof(LyricsShareRate))]
                public sealed partial class LyricsCardShare { }
                """,
                """
                using SpecAnalyzers;
                namespace Music;

                [Experiment(Key, Phase = Phase.Tweak, RolloutPercent = 100)]
                [TweakPlan("Cut render time", ReviewBy = "2027-02-01")]
                public sealed partial class {|SPEC301:LyricsCardShare|}
                {
                    public const string Key = "lyrics-card-share";
                }
                """,
                ShareRate,
            ],
            [
                """
                using SpecAnalyzers;
                namespace Music;

                [Owner("lyrics-squad")]
                [Hypothesis("We believe lyric cards will raise shares because 12% of lyric views end in a screenshot")]
                [SuccessMetric(typeof(LyricsShareRate))]
                public sealed partial class LyricsCardShare { }
                """,
                """
                using SpecAnalyzers;
                namespace Music;

                [Experiment(Key, Phase = Phase.Tweak, RolloutPercent = 100)]
                [GuardrailMetric(typeof(LyricsCardShareGuardrailMetric), NonInferiorityMargin = 0.01)]
                [TweakPlan("Cut render time", ReviewBy = "2027-02-01")]
                public sealed partial class LyricsCardShare
                {
                    public const string Key = "lyrics-card-share";
                }

                [Metric("lyrics_card_share.guardrail", Direction = MetricDirection.Decrease, Description = "TODO: what this metric measures and where it is computed")]
                public sealed class LyricsCardShareGuardrailMetric { }
                """,
                ShareRate,
            ]).RunAsync();

    [Fact]
    public Task StubNameTakenByAnotherType_FreshTypeAndMetricName() =>
        Fix.CreateFiles(
            [
                """
                using SpecAnalyzers;
                namespace Music;

                [Experiment("lyrics-card-share", Phase = Phase.Ship, RolloutPercent = 5)]
                [Owner("lyrics-squad")]
                [Hypothesis("We believe lyric cards will raise shares because 12% of lyric views end in a screenshot")]
                [SuccessMetric(typeof(LyricsShareRate))]
                [TweakPlan("Cut render time", ReviewBy = "2027-02-01")]
                public sealed class {|SPEC301:LyricsCardShare|} { }
                """,
                """
                namespace Music;

                /// <summary>Not a metric: a view model that happens to have the stub's name.</summary>
                public sealed class LyricsCardShareGuardrailMetric { }
                """,
                ShareRate,
            ],
            [
                """
                using SpecAnalyzers;
                namespace Music;

                [Experiment("lyrics-card-share", Phase = Phase.Ship, RolloutPercent = 5)]
                [Owner("lyrics-squad")]
                [Hypothesis("We believe lyric cards will raise shares because 12% of lyric views end in a screenshot")]
                [SuccessMetric(typeof(LyricsShareRate))]
                [GuardrailMetric(typeof(LyricsCardShareGuardrailMetric2), NonInferiorityMargin = 0.01)]
                [TweakPlan("Cut render time", ReviewBy = "2027-02-01")]
                public sealed class LyricsCardShare { }

                [Metric("lyrics_card_share.guardrail_2", Direction = MetricDirection.Decrease, Description = "TODO: what this metric measures and where it is computed")]
                public sealed class LyricsCardShareGuardrailMetric2 { }
                """,
                """
                namespace Music;

                /// <summary>Not a metric: a view model that happens to have the stub's name.</summary>
                public sealed class LyricsCardShareGuardrailMetric { }
                """,
                ShareRate,
            ]).RunAsync();

    [Fact]
    public Task FixAllOverTwoFiles_OneStubPerExposedExperimentOnly()
    {
        var test = Fix.CreateFiles(
            [
                """
                using SpecAnalyzers;
                namespace Music;

                [Experiment("lyrics-card-share", Phase = Phase.Ship, RolloutPercent = 5)]
                [Owner("lyrics-squad")]
                [Hypothesis("We believe lyric cards will raise shares because 12% of lyric views end in a screenshot")]
                [SuccessMetric(typeof(LyricsShareRate))]
                [TweakPlan("Cut render time", ReviewBy = "2027-02-01")]
                public sealed class {|SPEC301:LyricsCardShare|} { }

                [Experiment("lyrics-karaoke", Phase = Phase.Build)]
                [Owner("lyrics-squad")]
                [Hypothesis("We believe karaoke will raise sessions because 9% of lyric views are sung along")]
                [SuccessMetric(typeof(LyricsShareRate))]
                [TweakPlan("Drop scoring", ReviewBy = "2027-02-01")]
                public sealed class LyricsKaraoke { }

                [Metric("lyrics.share_rate", Direction = MetricDirection.Increase, Description = "TODO: what this metric measures and where it is computed")]
                public sealed class LyricsShareRate { }
                """,
                """
                using SpecAnalyzers;
                namespace Podcasts;

                [Experiment("podcast-chapters", Phase = Phase.Tweak, RolloutPercent = 50)]
                [Owner("podcast-squad")]
                [Hypothesis("We believe chapters will raise completion because 40% of listeners skip around")]
                [SuccessMetric(typeof(Music.LyricsShareRate))]
                [TweakPlan("Drop thumbnails", ReviewBy = "2027-02-01")]
                public sealed class {|SPEC301:PodcastChapters|} { }

                [FeatureFlag("podcast-speed", Phase = Phase.Ship)]
                [Owner("podcast-squad")]
                [Hypothesis("We believe speed control will raise completion because 20% of listeners ask for it")]
                [SuccessMetric(typeof(Music.LyricsShareRate))]
                [TweakPlan("Drop 3x", ReviewBy = "2027-02-01")]
                public sealed class PodcastSpeed { }
                """,
            ],
            [
                """
                using SpecAnalyzers;
                namespace Music;

                [Experiment("lyrics-card-share", Phase = Phase.Ship, RolloutPercent = 5)]
                [Owner("lyrics-squad")]
                [Hypothesis("We believe lyric cards will raise shares because 12% of lyric views end in a screenshot")]
                [SuccessMetric(typeof(LyricsShareRate))]
                [GuardrailMetric(typeof(LyricsCardShareGuardrailMetric), NonInferiorityMargin = 0.01)]
                [TweakPlan("Cut render time", ReviewBy = "2027-02-01")]
                public sealed class LyricsCardShare { }

                [Metric("lyrics_card_share.guardrail", Direction = MetricDirection.Decrease, Description = "TODO: what this metric measures and where it is computed")]
                public sealed class LyricsCardShareGuardrailMetric { }

                [Experiment("lyrics-karaoke", Phase = Phase.Build)]
                [Owner("lyrics-squad")]
                [Hypothesis("We believe karaoke will raise sessions because 9% of lyric views are sung along")]
                [SuccessMetric(typeof(LyricsShareRate))]
                [TweakPlan("Drop scoring", ReviewBy = "2027-02-01")]
                public sealed class LyricsKaraoke { }

                [Metric("lyrics.share_rate", Direction = MetricDirection.Increase, Description = "TODO: what this metric measures and where it is computed")]
                public sealed class LyricsShareRate { }
                """,
                """
                using SpecAnalyzers;
                namespace Podcasts;

                [Experiment("podcast-chapters", Phase = Phase.Tweak, RolloutPercent = 50)]
                [Owner("podcast-squad")]
                [Hypothesis("We believe chapters will raise completion because 40% of listeners skip around")]
                [SuccessMetric(typeof(Music.LyricsShareRate))]
                [GuardrailMetric(typeof(PodcastChaptersGuardrailMetric), NonInferiorityMargin = 0.01)]
                [TweakPlan("Drop thumbnails", ReviewBy = "2027-02-01")]
                public sealed class PodcastChapters { }

                [Metric("podcast_chapters.guardrail", Direction = MetricDirection.Decrease, Description = "TODO: what this metric measures and where it is computed")]
                public sealed class PodcastChaptersGuardrailMetric { }

                [FeatureFlag("podcast-speed", Phase = Phase.Ship)]
                [Owner("podcast-squad")]
                [Hypothesis("We believe speed control will raise completion because 20% of listeners ask for it")]
                [SuccessMetric(typeof(Music.LyricsShareRate))]
                [TweakPlan("Drop 3x", ReviewBy = "2027-02-01")]
                public sealed class PodcastSpeed { }
                """,
            ]);
        test.CodeActionEquivalenceKey = EquivalenceKeys.GenerateGuardrailMetricStub;
        return test.RunAsync();
    }

    [Fact]
    public Task UseMetricInAnotherNamespace_ReferencedWithTheDefaultMarginAndNamespaceImported()
    {
        var test = Fix.CreateFiles(
            [
                """
                using SpecAnalyzers;
                namespace Shared.Metrics;

                [Metric("app.crash_rate", Direction = MetricDirection.Decrease, Description = "TODO: what this metric measures and where it is computed")]
                public sealed class CrashRate { }
                """,
                """
                using SpecAnalyzers;
                namespace Music;

                [Experiment("lyrics-card-share", Phase = Phase.Ship, RolloutPercent = 5)]
                [Owner("lyrics-squad")]
                [Hypothesis("We believe lyric cards will raise shares because 12% of lyric views end in a screenshot")]
                [SuccessMetric(typeof(LyricsShareRate))]
                [TweakPlan("Cut render time", ReviewBy = "2027-02-01")]
                public sealed class {|SPEC301:LyricsCardShare|} { }
                """,
                ShareRate,
            ],
            [
                """
                using SpecAnalyzers;
                namespace Shared.Metrics;

                [Metric("app.crash_rate", Direction = MetricDirection.Decrease, Description = "TODO: what this metric measures and where it is computed")]
                public sealed class CrashRate { }
                """,
                """
                using Shared.Metrics;
                using SpecAnalyzers;
                namespace Music;

                [Experiment("lyrics-card-share", Phase = Phase.Ship, RolloutPercent = 5)]
                [Owner("lyrics-squad")]
                [Hypothesis("We believe lyric cards will raise shares because 12% of lyric views end in a screenshot")]
                [SuccessMetric(typeof(LyricsShareRate))]
                [GuardrailMetric(typeof(CrashRate), NonInferiorityMargin = 0.01)]
                [TweakPlan("Cut render time", ReviewBy = "2027-02-01")]
                public sealed class LyricsCardShare { }
                """,
                ShareRate,
            ]);
        test.CodeActionEquivalenceKey = EquivalenceKeys.UseGuardrailMetric("T:Shared.Metrics.CrashRate");
        return test.RunAsync();
    }

    [Fact]
    public async Task SeveralMetricsExist_StubFirstThenThreeThatShouldDecreaseMostRelevantFirst()
    {
        var titles = await OfferedFixes.TitlesAsync(new GuardrailMetricCodeFix(), Rule, """
            using SpecAnalyzers;
            namespace Music.Lyrics
            {
                [Experiment("lyrics-card-share", Phase = Phase.Ship, RolloutPercent = 5)]
                [SuccessMetric(typeof(LyricViews))]
                public sealed class LyricsCardShare { }

                [Metric("lyrics.views")]
                public sealed class LyricViews { }

                [Metric("lyrics.card_shares", Direction = MetricDirection.Increase, Description = "TODO: what this metric measures and where it is computed")]
                public sealed class LyricsCardShares { }
            }

            namespace Music
            {
                [Metric("cards.crashes", Direction = MetricDirection.Decrease, Description = "TODO: what this metric measures and where it is computed")]
                public sealed class CardShareCrashes { }

                [Metric("cards.render_time", Direction = MetricDirection.Decrease, Description = "TODO: what this metric measures and where it is computed")]
                public sealed class CardRenderTime { }

                [Metric("playback.start_time", Direction = MetricDirection.Decrease, Description = "TODO: what this metric measures and where it is computed")]
                public sealed class PlaybackStartTime { }

                public static class Internals
                {
                    [Metric("lyrics.card_errors", Direction = MetricDirection.Decrease, Description = "TODO: what this metric measures and where it is computed")]
                    private sealed class LyricsCardErrors { }
                }
            }
            """);

        Assert.Equal(
            [
                "Generate guardrail metric stub",
                "Use metric 'cards.crashes' (CardShareCrashes) as guardrail",
                "Use metric 'cards.render_time' (CardRenderTime) as guardrail",
                "Use metric 'playback.start_time' (PlaybackStartTime) as guardrail",
            ],
            titles);
    }

    [Fact]
    public async Task OnlyOtherMetricIsTheSpecsSuccessMetric_NotOffered()
    {
        var titles = await OfferedFixes.TitlesAsync(new GuardrailMetricCodeFix(), Rule, """
            using SpecAnalyzers;
            namespace Music;

            [Experiment("lyrics-card-share", Phase = Phase.Tweak, RolloutPercent = 20)]
            [SuccessMetric(typeof(LyricsCardShareDropOff))]
            [SuccessMetric(typeof(LyricsShareRate))]
            public sealed class LyricsCardShare { }

            [Metric("lyrics.card_share_drop_off", Direction = MetricDirection.Decrease, Description = "TODO: what this metric measures and where it is computed")]
            public sealed class LyricsCardShareDropOff { }

            [Metric("lyrics.share_rate")]
            public sealed class LyricsShareRate { }

            [Metric("app.crash_rate", Direction = MetricDirection.Decrease, Description = "TODO: what this metric measures and where it is computed")]
            public sealed class CrashRate { }
            """);

        Assert.Equal(["Generate guardrail metric stub", "Use metric 'app.crash_rate' (CrashRate) as guardrail"], titles);
    }

    [Fact]
    public async Task ExperimentNotExposedOrAlreadyGuarded_NothingOffered()
    {
        var titles = await OfferedFixes.TitlesAsync(new GuardrailMetricCodeFix(), Rule, """
            using SpecAnalyzers;

            [Experiment("lyrics-card-share", Phase = Phase.Build)]
            public sealed class LyricsCardShare { }

            [Experiment("queue-suggestions", Phase = Phase.Ship, RolloutPercent = 5)]
            [GuardrailMetric(typeof(CrashRate))]
            public sealed class QueueSuggestions { }

            [Metric("app.crash_rate", Direction = MetricDirection.Decrease, Description = "TODO: what this metric measures and where it is computed")]
            public sealed class CrashRate { }
            """);

        Assert.Empty(titles);
    }

    [Theory]
    [InlineData(EquivalenceKeys.GenerateGuardrailMetricStub)]
    [InlineData(EquivalenceKeys.UseGuardrailMetricPrefix + "T:Music.CrashRate")]
    public async Task FixedCode_CompilesAndOnlySpec301IsGone(string equivalenceKey)
    {
        var project = await TestProject.CreateAsync("""
            using SpecAnalyzers;
            namespace Music;

            [Experiment("lyrics-card-share", Phase = Phase.Ship)]
            [Owner("TODO: owner")]
            [Hypothesis("We believe lyric cards will raise shares because 12% of lyric views end in a screenshot")]
            [SuccessMetric(typeof(LyricsShareRate), MinimumDetectableEffect = 0.02)]
            [TweakPlan("Cut render time", ReviewBy = "2099-02-01")]
            public sealed class LyricsCardShare { }

            [Metric("lyrics.share_rate", Direction = MetricDirection.Increase)]
            public sealed class LyricsShareRate { }

            [Metric("app.crash_rate", Direction = MetricDirection.Decrease)]
            public sealed class CrashRate { }
            """);
        var before = await AllDiagnosticsAsync(project);
        var action = (await OfferedFixes.ActionsAsync(new GuardrailMetricCodeFix(), Rule, project)).Single(action => action.EquivalenceKey == equivalenceKey);

        var operation = (await action.GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>().Single();
        var after = await AllDiagnosticsAsync(operation.ChangedSolution.GetProject(project.Id)!);

        // The placeholder owner (SPEC005) and the missing rollout share (SPEC302) stay flagged: the fix is not about them.
        // A generated stub adds only its own placeholder description (SPEC101), for a person to write.
        Assert.Equal(["SPEC005", "SPEC301", "SPEC302", "SPEC304"], before.Select(diagnostic => diagnostic.Id).Distinct().Order());
        var stubDescription = after.Where(diagnostic => diagnostic.Id == "SPEC101" && diagnostic.Message.StartsWith("Metric LyricsCardShareGuardrailMetric: the description", StringComparison.Ordinal)).ToList();
        Assert.Equal(equivalenceKey == EquivalenceKeys.GenerateGuardrailMetricStub ? 1 : 0, stubDescription.Count);
        Assert.Equal(before.Where(diagnostic => diagnostic.Id != Rule), after.Except(stubDescription));
    }

    /// <summary>Compiler and every analyzer, as ID and message, so they compare across the edit.</summary>
    private static async Task<IReadOnlyList<(string Id, string Message)>> AllDiagnosticsAsync(Project project)
    {
        var compilation = (await project.GetCompilationAsync())!;
        var diagnostics = compilation.GetDiagnostics()
            .AddRange(await AnalyzerRunner.GetAnalyzerDiagnosticsAsync(compilation, AnalyzerRunner.AllAnalyzers))
            .Where(diagnostic => diagnostic.Severity != DiagnosticSeverity.Hidden);
        return diagnostics.Select(diagnostic => (diagnostic.Id, diagnostic.GetMessage())).Order().ToList();
    }
}
