namespace SpecAnalyzers.Tests.Verifiers;

/// <summary>
/// The four mission rules share their shape: a spec with every part but one. These helpers write such specs, so
/// each scenario runs once per rule.
/// </summary>
internal static class MissionRuleCases
{
    public const string Metrics = """
        namespace Music
        {
            [SpecAnalyzers.Metric("lyrics.share_rate")]
            public sealed class LyricsShareRate { }

            [SpecAnalyzers.Metric("app.crash_rate", Direction = SpecAnalyzers.MetricDirection.Decrease)]
            public sealed class CrashRate { }

            [SpecAnalyzers.Goal("Grow social discovery of music")]
            public sealed class SocialDiscovery { }
        }
        """;

    /// <summary>One complete part per rule, keyed by the ID of the rule that reports its absence.</summary>
    public static readonly IReadOnlyDictionary<string, string> PartByRule = new Dictionary<string, string>
    {
        ["SPEC001"] = "[Hypothesis(\"We believe lyric cards will raise shares because 12% of lyric views end in a screenshot\", Goal = typeof(SocialDiscovery))]",
        ["SPEC002"] = "[SuccessMetric(typeof(LyricsShareRate), MinimumDetectableEffect = 0.02)]",
        ["SPEC003"] = "[Owner(\"lyrics-squad\")]",
        ["SPEC004"] = "[TweakPlan(\"Cut card render time below 50 ms\", ReviewBy = \"2027-02-01\")]",
    };

    public static TheoryData<string> RuleIds => new() { "SPEC001", "SPEC002", "SPEC003", "SPEC004" };

    /// <summary>Every part except the one <paramref name="ruleId"/> asks for, one attribute per line.</summary>
    public static string PartsExcept(string ruleId, string indent = "    ") =>
        string.Join("\n", PartByRule.Where(entry => entry.Key != ruleId).Select(entry => indent + entry.Value));

    public static string AllParts(string indent = "    ") =>
        string.Join("\n", PartByRule.Values.Select(part => indent + part));
}
