using Microsoft.CodeAnalysis.Text;
using SpecAnalyzers.Configuration.Json;

namespace SpecAnalyzers.CodeFixes.Configuration
{
    /// <summary>
    /// The one text change that sets <c>"telemetry": { "enabled": true }</c> on a <c>feature_flags</c> entry, touching
    /// nothing else: an existing <c>enabled</c> value is replaced, a missing member is added after the last one, on
    /// its own line with its indentation when the object spans lines, so comments and layout stay as they were.
    /// </summary>
    internal static class TelemetryEdit
    {
        private const string Enabled = "\"enabled\": true";

        public static TextChange? For(SourceText text, int entryStart)
        {
            if (JsonParser.Parse(text.ToString()).Root is not { } root || Find(root, entryStart) is not { } entry)
            {
                return null;
            }

            if (LastProperty(entry, "telemetry") is not { } telemetry)
            {
                return AddMember(text, entry, "\"telemetry\": { " + Enabled + " }");
            }

            if (telemetry.Value is not JsonObject settings)
            {
                return new TextChange(telemetry.Value.Span, "{ " + Enabled + " }");
            }

            return LastProperty(settings, "enabled") is { } enabled
                ? new TextChange(enabled.Value.Span, "true")
                : AddMember(text, settings, Enabled);
        }

        private static TextChange AddMember(SourceText text, JsonObject target, string member)
        {
            if (target.Properties.IsEmpty)
            {
                // "{ }" becomes "{ member }"; a comment inside an empty object stays after the member.
                var inside = TextSpan.FromBounds(target.Span.Start + 1, target.Span.End - 1);
                return string.IsNullOrWhiteSpace(text.ToString(inside))
                    ? new TextChange(inside, " " + member + " ")
                    : new TextChange(new TextSpan(inside.Start, 0), " " + member);
            }

            var last = target.Properties[target.Properties.Length - 1];
            var lastLine = text.Lines.GetLineFromPosition(last.NameSpan.Start);
            if (lastLine.LineNumber == text.Lines.GetLineFromPosition(target.Span.Start).LineNumber)
            {
                return new TextChange(new TextSpan(last.Span.End, 0), ", " + member);
            }

            var lineText = lastLine.ToString();
            var indentation = lineText.Substring(0, lineText.Length - lineText.TrimStart().Length);
            var newLine = text.ToString(TextSpan.FromBounds(lastLine.End, lastLine.EndIncludingLineBreak));
            return new TextChange(new TextSpan(last.Span.End, 0), "," + (newLine.Length == 0 ? "\n" : newLine) + indentation + member);
        }

        /// <summary>The last member named <paramref name="name"/>, ignoring case: the one .NET configuration keeps.</summary>
        private static JsonProperty? LastProperty(JsonObject json, string name)
        {
            JsonProperty? found = null;
            foreach (var property in json.Properties)
            {
                if (string.Equals(property.Name, name, System.StringComparison.OrdinalIgnoreCase))
                {
                    found = property;
                }
            }

            return found;
        }

        private static JsonObject? Find(JsonNode node, int start)
        {
            if (node is JsonObject json && json.Span.Start == start)
            {
                return json;
            }

            if (!node.Span.Contains(start))
            {
                return null;
            }

            switch (node)
            {
                case JsonObject container:
                    foreach (var property in container.Properties)
                    {
                        if (Find(property.Value, start) is { } found)
                        {
                            return found;
                        }
                    }

                    return null;
                case JsonArray array:
                    foreach (var item in array.Items)
                    {
                        if (Find(item, start) is { } found)
                        {
                            return found;
                        }
                    }

                    return null;
                default:
                    return null;
            }
        }
    }
}
