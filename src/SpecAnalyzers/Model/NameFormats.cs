using System.Text.RegularExpressions;

namespace SpecAnalyzers.Model
{
    /// <summary>
    /// The spellings of the identifiers specs share with flag services and dashboards: keys are lowercase
    /// kebab-case (at most <see cref="MaxKeyLength"/> characters), metric names dot-separated lowercase
    /// snake_case segments. <c>\z</c>, not <c>$</c>, so that a trailing newline does not slip through.
    /// </summary>
    internal static class NameFormats
    {
        public const int MaxKeyLength = 64;

        public const string KeyExample = "lyrics-card-share";

        public const string MetricNameExample = "lyrics.share_rate";

        private static readonly Regex MetricName = new(
            @"^[a-z][a-z0-9]*(_[a-z0-9]+)*(\.[a-z][a-z0-9]*(_[a-z0-9]+)*)*\z",
            RegexOptions.CultureInvariant);

        public static bool IsMetricName(string text) => MetricName.IsMatch(text);
    }
}
