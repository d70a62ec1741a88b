namespace SpecAnalyzers.Tests.Rules.Spec3xx;

/// <summary>
/// Metrics with power inputs, beside <see cref="Verifiers.SpecSources.Catalog"/> (whose metrics have none). The
/// expected numbers of the power tests come from mpmath references: see <see cref="Power.SampleSizeTests"/>.
/// </summary>
internal static class PowerSources
{
    /// <summary>A rate at 10% (the worked checks'), a second one like it, a decreasing rate at 2%, and a mean.</summary>
    public const string Metrics = """
        using SpecAnalyzers;
        namespace Music
        {
            [Metric("cards.share_rate", Direction = MetricDirection.Increase, Baseline = 0.10)]
            public sealed class CardShareRate { }

            [Metric("cards.save_rate", Baseline = 0.10)]
            public sealed class CardSaveRate { }

            [Metric("app.error_rate", Direction = MetricDirection.Decrease, Baseline = 0.02)]
            public sealed class ErrorRate { }

            [Metric("listening.minutes", Baseline = 12.5, StandardDeviation = 8)]
            public sealed class ListeningMinutes { }
        }
        """;

    public const string Experiment = "Experiment 'lyrics-card-share' (LyricsCardShare)";
}
