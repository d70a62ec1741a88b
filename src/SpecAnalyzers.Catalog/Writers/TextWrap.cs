using System.Collections.Generic;

namespace SpecAnalyzers.Catalog.Writers
{
    /// <summary>
    /// Breaks text into lines of at most a given number of characters at spaces, for SVG, which does not wrap; text
    /// beyond the last line ends in an ellipsis (the node's tooltip holds it whole).
    /// </summary>
    internal static class TextWrap
    {
        public static IReadOnlyList<string> Lines(string text, int width, int maximumLines)
        {
            var lines = new List<string>();
            var words = text.Replace('\n', ' ').Split(new[] { ' ' }, System.StringSplitOptions.RemoveEmptyEntries);
            var line = string.Empty;
            for (var i = 0; i < words.Length; i++)
            {
                var word = words[i].Length > width ? words[i].Substring(0, width - 1) + "…" : words[i];
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (candidate.Length <= width)
                {
                    line = candidate;
                    continue;
                }

                if (lines.Count == maximumLines - 1)
                {
                    lines.Add(Truncate(line, width));
                    return lines;
                }

                lines.Add(line);
                line = word;
            }

            if (line.Length > 0)
            {
                lines.Add(line);
            }

            return lines;
        }

        private static string Truncate(string line, int width) =>
            (line.Length > width - 1 ? line.Substring(0, width - 1).TrimEnd() : line) + "…";
    }
}
