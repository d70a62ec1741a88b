using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SpecAnalyzers.Options
{
    /// <summary>
    /// Reads <c>spec_analyzers.*</c> settings: from <c>.editorconfig</c> for the file at hand, else from the global
    /// analyzer config (where MSBuild properties arrive as <c>build_property.*</c>).
    /// </summary>
    internal static class SpecAnalyzerOptions
    {
        public const string Prefix = "spec_analyzers.";

        public static string? Get(AnalyzerOptions options, SyntaxTree? tree, string name)
        {
            var key = Prefix + name;
            var provider = options.AnalyzerConfigOptionsProvider;
            if (tree is not null && provider.GetOptions(tree).TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value))
            {
                return value.Trim();
            }

            return provider.GlobalOptions.TryGetValue(key, out value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
        }
    }
}
