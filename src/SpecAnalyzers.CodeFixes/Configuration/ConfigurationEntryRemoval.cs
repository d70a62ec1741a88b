using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using SpecAnalyzers.Configuration;
using SpecAnalyzers.Configuration.Json;

namespace SpecAnalyzers.CodeFixes.Configuration
{
    /// <summary>
    /// Removes flags' entries from a configuration file: the .NET schema's <c>"Name": …</c> member, or the
    /// <c>feature_flags</c> item whose <c>id</c> names the flag. An entry on lines of its own goes with those lines, its
    /// trailing comma and comment, and the comment lines right above it (a blank line between keeps them: a comment
    /// that heads a group); when it was the last of its list, the comma left after the previous entry goes too, unless
    /// the list writes a comma after its last entry. An entry sharing a line goes with the comma that separates it.
    /// Everything else in the file, comments included, stays.
    /// </summary>
    internal static class ConfigurationEntryRemoval
    {
        /// <summary>The changes that remove the entry whose name is written at <paramref name="flagName"/>; empty when there is none.</summary>
        public static ImmutableArray<TextChange> For(SourceText text, TextSpan flagName)
        {
            if (JsonParser.Parse(text.ToString()).Root is not { } root || Find(root, flagName) is not { } entry)
            {
                return ImmutableArray<TextChange>.Empty;
            }

            var (start, end, previousEnd, nextStart) = entry;
            var afterEnd = SkipSpaces(text, end);
            var hasComma = afterEnd < text.Length && text[afterEnd] == ',';
            var endWithComma = hasComma ? afterEnd + 1 : end;
            var startLine = text.Lines.GetLineFromPosition(start);
            var endLine = text.Lines.GetLineFromPosition(endWithComma);
            if (IsBlank(text, startLine.Start, start) && IsBlankOrComment(text, endWithComma, endLine.End))
            {
                var lines = new TextChange(TextSpan.FromBounds(FirstCommentLineAbove(text, startLine.LineNumber), endLine.EndIncludingLineBreak), string.Empty);
                return nextStart is null && !hasComma && previousEnd is { } previous && SkipSpaces(text, previous) is var comma && text[comma] == ','
                    ? ImmutableArray.Create(new TextChange(new TextSpan(comma, 1), string.Empty), lines)
                    : ImmutableArray.Create(lines);
            }

            if (nextStart is { } next)
            {
                return ImmutableArray.Create(new TextChange(TextSpan.FromBounds(start, next), string.Empty));
            }

            // The last of several goes with the comma before it; the only one leaves "{ }" or "[ ]".
            return ImmutableArray.Create(new TextChange(
                previousEnd is { } before ? TextSpan.FromBounds(before, end) : TextSpan.FromBounds(start, SkipSpaces(text, endWithComma)),
                string.Empty));
        }

        /// <summary>
        /// <paramref name="text"/> without any entry of <paramref name="keys"/>, in either schema; names compare ignoring
        /// case, as Microsoft.FeatureManagement reads them. Entries go one at a time, each from the text the last left;
        /// an entry that cannot be found again in the JSON stays, and the other keys still go.
        /// </summary>
        public static SourceText WithoutFlags(SourceText text, string path, IEnumerable<string> keys)
        {
            foreach (var key in keys)
            {
                while (FirstEntry(ConfigurationFile.Read(path, text), name => string.Equals(name, key, StringComparison.OrdinalIgnoreCase)) is { } flag
                    && For(text, flag.NameSpan) is { IsEmpty: false } changes)
                {
                    text = text.WithChanges(changes);
                }
            }

            return text;
        }

        /// <summary>Whether <paramref name="file"/> has an entry of one of <paramref name="names"/>.</summary>
        public static bool HasEntry(ConfigurationFile file, ISet<string> names) => FirstEntry(file, names.Contains) is not null;

        private static ConfiguredFlag? FirstEntry(ConfigurationFile file, Func<string, bool> isRemoved)
        {
            foreach (var flag in file.Flags)
            {
                if (isRemoved(flag.Name))
                {
                    return flag;
                }
            }

            return null;
        }

        /// <summary>The start of the whole-line comments right above line <paramref name="lineNumber"/>, or of that line when there are none.</summary>
        private static int FirstCommentLineAbove(SourceText text, int lineNumber)
        {
            var first = lineNumber;
            while (first > 0 && text.Lines[first - 1].ToString().TrimStart() is var above && IsWholeLineComment(above))
            {
                first--;
            }

            return text.Lines[first].Start;
        }

        private static bool IsWholeLineComment(string line) =>
            line.StartsWith("//", StringComparison.Ordinal)
            || (line.StartsWith("/*", StringComparison.Ordinal) && line.TrimEnd().EndsWith("*/", StringComparison.Ordinal));

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
                if (property.Value.Span == flagName && string.Equals(property.Name, "id", StringComparison.OrdinalIgnoreCase))
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
            return rest.Length == 0 || rest.StartsWith("//", StringComparison.Ordinal);
        }
    }
}
