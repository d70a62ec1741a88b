using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using SpecAnalyzers.Tests.ValidCode;

namespace SpecAnalyzers.Tests.Robustness;

/// <summary>
/// Inputs far beyond what anyone writes must still be analyzed correctly, and soon. The timeout only guards
/// against a hang (say, a quadratic scan); it is not a speed target.
/// </summary>
public sealed class LargeInputTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task HypothesisOf200KB_OnlyTheMissingOwnerReported()
    {
        var statement = new StringBuilder("We believe lyric cards for sharers will raise shares because");
        while (statement.Length < 200 * 1024)
        {
            statement.Append(" twelve percent of lyric views end in a screenshot and sharing them is how listeners talk about music");
        }

        var diagnostics = await AnalyzeAsync(CompleteSpecExceptOwner($"""
                [Hypothesis("{statement}", Goal = typeof(SocialDiscovery))]
                [SuccessMetric(typeof(Metric0), MinimumDetectableEffect = 0.02)]
                """));

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(Descriptors.MissingOwner.Id, diagnostic.Id);
        Assert.Contains("'lyrics-card-share'", diagnostic.GetMessage());
    }

    [Fact]
    public async Task TenThousandMetricAttributesOnOneSpec_OnlyTheMissingOwnerReported()
    {
        const int attributes = 10_000;
        const int metrics = 100;
        var parts = new StringBuilder("[Hypothesis(\"We believe lyric cards will raise shares because 12% of lyric views end in a screenshot\", Goal = typeof(SocialDiscovery))]\n");
        for (var i = 0; i < attributes - 1; i++)
        {
            // Half success metrics over the first 50 metric types, half guardrails over the other 50: never the same
            // metric as both.
            parts.Append(i % 2 == 0
                ? $"[SuccessMetric(typeof(Metric{i % (metrics / 2)}), MinimumDetectableEffect = 0.02)]\n"
                : $"[GuardrailMetric(typeof(Metric{metrics / 2 + i % (metrics / 2)}), NonInferiorityMargin = 0.001)]\n");
        }

        var diagnostics = await AnalyzeAsync(CompleteSpecExceptOwner(parts.ToString(), metrics));

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(Descriptors.MissingOwner.Id, diagnostic.Id);
    }

    /// <summary>Every analyzer, with the valid-code project's pinned reference date, under the hang guard.</summary>
    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(string source)
    {
        var compilation = await AnalyzerRunner.CreateCompilationAsync(source);
        Assert.Empty(compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error));
        return await AnalyzerRunner.GetAnalyzerDiagnosticsAsync(compilation, AnalyzerRunner.AllAnalyzers, ValidCodeProject.Options).WaitAsync(HangGuard);
    }

    /// <summary>
    /// An experiment in its build phase with every part but its owner (the hypothesis and metrics are given), the
    /// metric types and the goal it references, with dates after the pinned reference date.
    /// </summary>
    private static string CompleteSpecExceptOwner(string parts, int metricCount = 1)
    {
        var metrics = new StringBuilder();
        for (var i = 0; i < metricCount; i++)
        {
            metrics.Append($"[Metric(\"lyrics.metric_{i}\", Direction = MetricDirection.Increase, Unit = \"events per day\")] public sealed class Metric{i} {{ }}\n");
        }

        return $$"""
            using SpecAnalyzers;

            [Goal("Grow social discovery of music", KeyResult = "+5% weekly shares by 2027-03-31")]
            public sealed class SocialDiscovery { }

            {{metrics}}
            [Experiment("lyrics-card-share", Phase = Phase.Build)]
            {{parts}}
            [TweakPlan("Cut card render time below 50 ms", ReviewBy = "2027-02-01")]
            public sealed class LyricsCardShare { }
            """;
    }
}
