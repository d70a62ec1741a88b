using Microsoft.CodeAnalysis.Text;
using SpecAnalyzers.Configuration.Json;

namespace SpecAnalyzers.CodeFixes.Configuration
{
    /// <summary>
    /// The text change that removes one flag's entry from a configuration file: the .NET schema's
    /// <c>"Name": …</c> member whose name is at a span, or the <c>feature_flags</c> item whose <c>id</c> value is. An
    /// entry on lines of its own goes with those lines (and its trailing comma and comment); an entry sharing a line
    /// goes with the comma that separates it. Everything else in the file, comments included, stays.
    /// </summary>
    internal static class ConfigurationEntryRemoval
    {
        public static TextChange? For(SourceText text, TextSpan flagName)
        {
            if (JsonParser.Parse(text.ToString()).Root is not { } root || Find(root, flagName) is not { } entry)
            {
                return null;
            }

            var (start, end, previousEnd, nextStart) = entry;
            var afterEnd = SkipSpaces(text, end);
            var endWithComma = afterEnd < text.Length && text[afterEnd] == ',' ? afterEnd + 1 : end;
            var startLine = text.Lines.GetLineFromPosition(start);
            var endLine = text.Lines.GetLineFromPosition(endWithComma);
            if (IsBlank(text, startLine.Start, start) && IsBlankOrComment(text, endWithComma, endLine.End))
            {
                return new TextChange(TextSpan.FromBounds(startLine.Start, endLine.EndIncludingLineBreak), string.Empty);
            }

            if (nextStart is { } next)
            {
                return new TextChange(TextSpan.FromBounds(start, next), string.Empty);
            }

            return new TextChange(TextSpan.FromBounds(previousEnd ?? start, previousEnd is null ? endWithComma : end), string.Empty);
        }

        /// <summary>The entry's span and its neighbours' edges in the list that holds it.</summary>
        private static (int Start, int End, int? PreviousEnd, int? NextStart)? Find(JsonNode node, TextSpan flagName)
        {
            switch (node)
            {
                case JsonObject json:
                    for (var i = 0; i < json.Properties.Length; i++)
                    {
                        var property = json.Properties[i];
                        if (property.NameSpan == flagName)
                        {
                            return (property.Span.Start, property.Span.End,
                                i > 0 ? json.Properties[i - 1].Span.End : null,
                                i < json.Properties.Length - 1 ? json.Properties[i + 1].Span.Start : null);
                        }

                        if (property.Value.Span.Contains(flagName.Start) && Find(property.Value, flagName) is { } found)
                        {
                            return found;
                        }
                    }

                    return null;
                case JsonArray array:
                    for (var i = 0; i < array.Items.Length; i++)
                    {
                        var item = array.Items[i];
                        if (item is JsonObject flag && IsIdAt(flag, flagName))
                        {
                            return (item.Span.Start, item.Span.End,
                                i > 0 ? array.Items[i - 1].Span.End : null,
                                i < array.Items.Length - 1 ? array.Items[i + 1].Span.Start : null);
                        }

                        if (item.Span.Contains(flagName.Start) && Find(item, flagName) is { } found)
                        {
                            return found;
                        }
                    }

                    return null;
                default:
                    return null;
            }
        }

        private static bool IsIdAt(JsonObject flag, TextSpan flagName)
        {
            foreach (var property in flag.Properties)
            {
                if (property.Value.Span == flagName && string.Equals(property.Name, "id", System.StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        private static int SkipSpaces(SourceText text, int position)
        {
            while (position < text.Length && text[position] is ' ' or '\t')
            {
                position++;
            }

            return position;
        }

        private static bool IsBlank(SourceText text, int start, int end) => string.IsNullOrWhiteSpace(text.ToString(TextSpan.FromBounds(start, end)));

        private static bool IsBlankOrComment(SourceText text, int start, int end)
        {
            var rest = text.ToString(TextSpan.FromBounds(start, end)).Trim();
            return rest.Length == 0 || rest.StartsWith("//", System.StringComparison.Ordinal);
        }
    }
}
