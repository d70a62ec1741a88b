using System.Globalization;
using Microsoft.CodeAnalysis.Text;
using SpecAnalyzers.Configuration.Json;

namespace SpecAnalyzers.Configuration
{
    /// <summary>
    /// Turns a JSON object into configuration keys as Microsoft.Extensions.Configuration's JSON provider does: objects
    /// nest, array items are keyed by index, scalars are values, and a key path written twice (ignoring case) makes the
    /// whole file unreadable. Depth is bounded by <see cref="JsonParser.MaxDepth"/>.
    /// </summary>
    internal static class ConfigurationTreeBuilder
    {
        /// <summary>Adds <paramref name="json"/>'s members under <paramref name="node"/>; the error when a key repeats, else null.</summary>
        public static JsonError? Fill(ConfigurationNode node, JsonObject json, ConfigurationFile file)
        {
            foreach (var property in json.Properties)
            {
                var child = node.GetOrAddChild(property.Name, file, property.NameSpan, property.Span);
                if (FillValue(child, property.Value, file, property.NameSpan) is { } error)
                {
                    return error;
                }
            }

            return null;
        }

        /// <param name="written">Where this key is written, for the error when it repeats.</param>
        private static JsonError? FillValue(ConfigurationNode node, JsonNode value, ConfigurationFile file, TextSpan written)
        {
            switch (value)
            {
                case JsonObject json:
                    return Fill(node, json, file);
                case JsonArray array:
                    for (var i = 0; i < array.Items.Length; i++)
                    {
                        var item = array.Items[i];
                        var child = node.GetOrAddChild(i.ToString(CultureInfo.InvariantCulture), file, item.Span, item.Span);
                        if (FillValue(child, item, file, item.Span) is { } error)
                        {
                            return error;
                        }
                    }

                    return null;
                case JsonScalar scalar when !node.TrySetValue(scalar.Value, scalar.Span):
                    return new JsonError("the key '" + node.Key + "' is written twice (names ignore case): .NET refuses the file", written);
                default:
                    return null;
            }
        }
    }
}
