using Microsoft.CodeAnalysis.Text;

namespace SpecAnalyzers.Configuration.Json
{
    /// <summary>A JSON text read by <see cref="JsonParser"/>: its root value, or why it cannot be read and where.</summary>
    internal sealed class JsonDocument
    {
        private JsonDocument(JsonNode? root, JsonError? error)
        {
            Root = root;
            Error = error;
        }

        /// <summary>Null when <see cref="Error"/> is set: .NET configuration refuses the whole file then, so do we.</summary>
        public JsonNode? Root { get; }

        public JsonError? Error { get; }

        public static JsonDocument Read(JsonNode root) => new(root, null);

        public static JsonDocument Unreadable(JsonError error) => new(null, error);
    }

    /// <summary>Why a JSON text cannot be read, at the token (or end of text) where reading stopped.</summary>
    internal sealed class JsonError
    {
        public JsonError(string message, TextSpan span)
        {
            Message = message;
            Span = span;
        }

        public string Message { get; }

        public TextSpan Span { get; }
    }
}
