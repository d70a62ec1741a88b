using System.Text;

namespace SpecAnalyzers.CodeFixes.MarkAsMetric
{
    /// <summary>
    /// Suggests a metric name for a type: its name in lowercase snake_case (<c>LyricsShareRate</c> →
    /// <c>lyrics_share_rate</c>, <c>HTTPErrors</c> → <c>http_errors</c>, <c>P95Latency</c> → <c>p95_latency</c>),
    /// which SPEC104 accepts. Characters outside ASCII letters and digits separate words.
    /// </summary>
    internal static class MetricNames
    {
        public static string FromTypeName(string typeName)
        {
            var name = new StringBuilder(typeName.Length + 4);
            var separate = false;
            for (var i = 0; i < typeName.Length; i++)
            {
                var c = typeName[i];
                if (!IsAsciiLetterOrDigit(c))
                {
                    separate = name.Length > 0;
                    continue;
                }

                if (name.Length > 0 && (separate || StartsWord(typeName, i)))
                {
                    name.Append('_');
                }

                separate = false;
                name.Append(char.ToLowerInvariant(c));
            }

            if (name.Length == 0 || char.IsDigit(name[0]))
            {
                name.Insert(0, name.Length == 0 ? "metric" : "metric_");
            }

            return name.ToString();
        }

        /// <summary>An upper-case letter after a lower-case letter or digit, or the last capital of an acronym before a word.</summary>
        private static bool StartsWord(string text, int i)
        {
            if (!IsAsciiUpper(text[i]) || i == 0)
            {
                return false;
            }

            var previous = text[i - 1];
            return IsAsciiLower(previous)
                || char.IsDigit(previous)
                || (IsAsciiUpper(previous) && i + 1 < text.Length && IsAsciiLower(text[i + 1]));
        }

        private static bool IsAsciiLetterOrDigit(char c) => IsAsciiUpper(c) || IsAsciiLower(c) || (c >= '0' && c <= '9');

        private static bool IsAsciiUpper(char c) => c >= 'A' && c <= 'Z';

        private static bool IsAsciiLower(char c) => c >= 'a' && c <= 'z';
    }
}
