using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis.Text;

namespace SpecAnalyzers.Evaluations
{
    /// <summary>
    /// The flags a Razor view evaluates through Microsoft.FeatureManagement's tag helper:
    /// <c>&lt;feature name="Beta"&gt;</c>, or several names separated by commas (the tag helper splits and trims them).
    /// Read from the view's text, which the Razor SDK hands the compiler as an AdditionalFile. Names inside HTML or
    /// Razor comments evaluate nothing; a name written as a Razor expression (<c>name="@Flags.Beta"</c>) cannot be read
    /// from the text and is left alone.
    /// </summary>
    internal static class RazorFeatureTags
    {
        private const string TagStart = "<feature";
        private const string NameAttribute = "name";

        public static bool IsRazorView(string path) =>
            path.EndsWith(".cshtml", System.StringComparison.OrdinalIgnoreCase) || path.EndsWith(".razor", System.StringComparison.OrdinalIgnoreCase);

        public static List<FeatureName> Find(SourceText source, CancellationToken cancellationToken)
        {
            var text = WithoutComments(source.ToString());
            var names = new List<FeatureName>();
            for (var start = text.IndexOf(TagStart, System.StringComparison.OrdinalIgnoreCase); start >= 0;
                 start = text.IndexOf(TagStart, start + 1, System.StringComparison.OrdinalIgnoreCase))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var afterName = start + TagStart.Length;
                if (afterName < text.Length && !IsTagNameEnd(text[afterName]))
                {
                    continue; // <featured …>, <feature-list …>: another element.
                }

                var end = text.IndexOf('>', afterName);
                if (end < 0)
                {
                    break;
                }

                if (FindNameValue(text, afterName, end) is { } value)
                {
                    AddNames(text, value.Start, value.Length, names);
                }
            }

            return names;
        }

        private static bool IsTagNameEnd(char c) => char.IsWhiteSpace(c) || c == '>' || c == '/';

        /// <summary>The span of the <c>name</c> attribute's quoted value between <paramref name="from"/> and the tag's end.</summary>
        private static TextSpan? FindNameValue(string text, int from, int tagEnd)
        {
            var i = from;
            while (i < tagEnd)
            {
                while (i < tagEnd && char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                var attributeStart = i;
                while (i < tagEnd && !char.IsWhiteSpace(text[i]) && text[i] != '=' && text[i] != '/')
                {
                    i++;
                }

                var attribute = text.Substring(attributeStart, i - attributeStart);
                while (i < tagEnd && char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                if (i >= tagEnd || text[i] != '=')
                {
                    i = attributeStart == i ? i + 1 : i;
                    continue;
                }

                i++;
                while (i < tagEnd && char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                if (i >= tagEnd || (text[i] != '"' && text[i] != '\''))
                {
                    return null; // unquoted or half-typed: nothing certain to read
                }

                var quote = text[i];
                var valueStart = i + 1;
                var valueEnd = text.IndexOf(quote, valueStart);
                if (valueEnd < 0 || valueEnd > tagEnd)
                {
                    return null;
                }

                if (string.Equals(attribute, NameAttribute, System.StringComparison.OrdinalIgnoreCase))
                {
                    return TextSpan.FromBounds(valueStart, valueEnd);
                }

                i = valueEnd + 1;
            }

            return null;
        }

        private static void AddNames(string text, int start, int length, List<FeatureName> names)
        {
            if (text.IndexOf('@', start, length) >= 0)
            {
                return;
            }

            var end = start + length;
            var partStart = start;
            for (var i = start; i <= end; i++)
            {
                if (i < end && text[i] != ',')
                {
                    continue;
                }

                var first = partStart;
                var last = i - 1;
                while (first <= last && char.IsWhiteSpace(text[first]))
                {
                    first++;
                }

                while (last >= first && char.IsWhiteSpace(text[last]))
                {
                    last--;
                }

                if (first <= last)
                {
                    names.Add(new FeatureName(text.Substring(first, last - first + 1), TextSpan.FromBounds(first, last + 1)));
                }

                partStart = i + 1;
            }
        }

        /// <summary>The text with HTML (<c>&lt;!-- --&gt;</c>) and Razor (<c>@* *@</c>) comments blanked out, positions kept.</summary>
        private static string WithoutComments(string text)
        {
            var chars = text.ToCharArray();
            Blank(chars, text, "<!--", "-->");
            Blank(chars, text, "@*", "*@");
            return new string(chars);
        }

        private static void Blank(char[] chars, string text, string open, string close)
        {
            for (var start = text.IndexOf(open, System.StringComparison.Ordinal); start >= 0; start = text.IndexOf(open, start + 1, System.StringComparison.Ordinal))
            {
                var end = text.IndexOf(close, start + open.Length, System.StringComparison.Ordinal);
                end = end < 0 ? text.Length : end + close.Length;
                for (var i = start; i < end; i++)
                {
                    if (chars[i] != '\n' && chars[i] != '\r')
                    {
                        chars[i] = ' ';
                    }
                }

                start = end - 1;
            }
        }

        /// <summary>A feature name as written in the view, and where.</summary>
        internal sealed record FeatureName(string Key, TextSpan Span);
    }
}
