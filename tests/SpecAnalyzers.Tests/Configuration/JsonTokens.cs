using System.Text.RegularExpressions;

namespace SpecAnalyzers.Tests.Configuration;

/// <summary>The tokens of a JSON text (strings, numbers, literals, punctuation, comments): where the robustness tests cut.</summary>
internal static partial class JsonTokens
{
    [GeneratedRegex("""
        "(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null|[{}\[\]:,]|//[^\n]*|/\*.*?\*/
        """, RegexOptions.Singleline)]
    public static partial Regex Pattern();
}
