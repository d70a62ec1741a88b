using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace SpecAnalyzers.Configuration.Json
{
    /// <summary>A JSON value as written, with the span of its text so a diagnostic can sit on it.</summary>
    internal abstract class JsonNode
    {
        protected JsonNode(TextSpan span)
        {
            Span = span;
        }

        public TextSpan Span { get; }
    }

    internal sealed class JsonObject : JsonNode
    {
        public JsonObject(TextSpan span, ImmutableArray<JsonProperty> properties)
            : base(span)
        {
            Properties = properties;
        }

        /// <summary>In the order written, duplicates included (the configuration reader decides what they mean).</summary>
        public ImmutableArray<JsonProperty> Properties { get; }
    }

    internal sealed class JsonArray : JsonNode
    {
        public JsonArray(TextSpan span, ImmutableArray<JsonNode> items)
            : base(span)
        {
            Items = items;
        }

        public ImmutableArray<JsonNode> Items { get; }
    }

    /// <summary>A string, number, <c>true</c>, <c>false</c> or <c>null</c>.</summary>
    internal sealed class JsonScalar : JsonNode
    {
        public JsonScalar(TextSpan span, JsonScalarKind kind, string? value)
            : base(span)
        {
            Kind = kind;
            Value = value;
        }

        public JsonScalarKind Kind { get; }

        /// <summary>
        /// What .NET configuration makes of it: a string unescaped, a number as written, <c>true</c> / <c>false</c> as
        /// <c>True</c> / <c>False</c>, null for <c>null</c>.
        /// </summary>
        public string? Value { get; }
    }

    internal enum JsonScalarKind
    {
        String,
        Number,
        True,
        False,
        Null,
    }

    /// <summary>One <c>"name": value</c> member of an object.</summary>
    internal sealed class JsonProperty
    {
        public JsonProperty(string name, TextSpan nameSpan, JsonNode value)
        {
            Name = name;
            NameSpan = nameSpan;
            Value = value;
        }

        public string Name { get; }

        /// <summary>The quoted name.</summary>
        public TextSpan NameSpan { get; }

        public JsonNode Value { get; }

        /// <summary>From the name's opening quote to the end of the value.</summary>
        public TextSpan Span => TextSpan.FromBounds(NameSpan.Start, Value.Span.End);
    }
}
