using System.Collections.Generic;
using System.Text;

namespace SpecAnalyzers.CodeFixes.Building
{
    /// <summary>
    /// Derives the names the fixes write (type names, metric names) from a spec's key or type name, so generated
    /// code reads like the spec it belongs to.
    /// </summary>
    internal static class SpecNames
    {
        /// <summary>
        /// Splits an identifier or a key into lowercase words: <c>LyricsCardShare</c>, <c>lyrics-card-share</c> and
        /// <c>lyrics_card.share</c> all give <c>lyrics, card, share</c>; an acronym stays one word (<c>HTTPRetry</c>
        /// gives <c>http, retry</c>).
        /// </summary>
        public static IReadOnlyList<string> Words(string text)
        {
            var words = new List<string>();
            var word = new StringBuilder();
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (!char.IsLetterOrDigit(c))
                {
                    Flush(words, word);
                    continue;
                }

                if (char.IsUpper(c) && word.Length > 0 && StartsNewWord(text, i))
                {
                    Flush(words, word);
                }

                word.Append(char.ToLowerInvariant(c));
            }

            Flush(words, word);
            return words;
        }

        /// <summary><c>LyricsCardShare</c> or <c>lyrics-card-share</c> → <c>lyrics_card_share</c>.</summary>
        public static string ToSnakeCase(string text) => string.Join("_", Words(text));

        /// <summary>
        /// <c>lyrics-card-share</c> → <c>LyricsCardShare</c>: the type name a spec key is declared under. Falls back to
        /// <c>Spec</c> when the key has no letters, and prefixes <c>Spec</c> when it starts with a digit.
        /// </summary>
        public static string ToPascalCase(string text)
        {
            var builder = new StringBuilder();
            foreach (var word in Words(text))
            {
                builder.Append(char.ToUpperInvariant(word[0])).Append(word, 1, word.Length - 1);
            }

            if (builder.Length == 0)
            {
                return "Spec";
            }

            return char.IsDigit(builder[0]) ? "Spec" + builder : builder.ToString();
        }

        /// <summary>
        /// The metric name for a metric type nobody has named yet: the first word is the area, the rest the
        /// name (<c>LyricsShareRate</c> → <c>lyrics.share_rate</c>, <c>Retention</c> → <c>retention</c>).
        /// </summary>
        public static string MetricNameForType(string typeName)
        {
            var words = Words(typeName);
            if (words.Count < 2)
            {
                return words.Count == 0 ? "metric" : words[0];
            }

            var name = new StringBuilder(words[0]).Append('.');
            for (var i = 1; i < words.Count; i++)
            {
                name.Append(i > 1 ? "_" : string.Empty).Append(words[i]);
            }

            return name.ToString();
        }

        private static bool StartsNewWord(string text, int index)
        {
            var previous = text[index - 1];
            if (char.IsLower(previous) || char.IsDigit(previous))
            {
                return true;
            }

            // "HTTPRetry": the R of "Retry" starts a word because a lowercase letter follows it.
            return char.IsUpper(previous) && index + 1 < text.Length && char.IsLower(text[index + 1]);
        }

        private static void Flush(List<string> words, StringBuilder word)
        {
            if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }
    }
}
