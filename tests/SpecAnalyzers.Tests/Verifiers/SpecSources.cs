namespace SpecAnalyzers.Tests.Verifiers;

/// <summary>Source the rule tests share: the metrics and goals a spec links to, as a product would declare them.</summary>
internal static class SpecSources
{
    /// <summary>Two metrics, a goal, and <c>SessionLength</c>: a type that is neither (SPEC102).</summary>
    public const string Catalog = """
        using SpecAnalyzers;
        namespace Music
        {
            [Metric("lyrics.share_rate", Direction = MetricDirection.Increase, Unit = "shares per listener-day")]
            public sealed class LyricsShareRate { }

            [Metric("app.crash_rate", Direction = MetricDirection.Decrease)]
            public sealed class CrashRate { }

            [Goal("Grow social discovery of music", KeyResult = "+5% weekly shares by 2027-03-31")]
            public sealed class SocialDiscovery { }

            public sealed class SessionLength { }
        }
        """;

    /// <summary>Every part of a complete spec, one attribute per line, for a spec at <c>{spec attribute}</c>.</summary>
    public const string CompleteParts = """
            [Owner("lyrics-squad")]
            [Hypothesis("We believe lyric cards will raise shares because 12% of lyric views end in a screenshot", Goal = typeof(SocialDiscovery))]
            [SuccessMetric(typeof(LyricsShareRate), MinimumDetectableEffect = 0.02)]
            [GuardrailMetric(typeof(CrashRate), NonInferiorityMargin = 0.001)]
            [TweakPlan("Cut card render time below 50 ms", ReviewBy = "2027-02-01")]
        """;
}
