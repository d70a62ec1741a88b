using Microsoft.CodeAnalysis;

namespace SpecAnalyzers.CodeFixes
{
    /// <summary>An existing metric type offered to a spec, with the name its <c>[Metric]</c> gives it (null when unreadable).</summary>
    internal sealed class MetricCandidate
    {
        public MetricCandidate(INamedTypeSymbol type, string? metricName)
        {
            Type = type;
            MetricName = metricName;
        }

        public INamedTypeSymbol Type { get; }

        public string? MetricName { get; }

        /// <summary>How a title names it: <c>'lyrics.share_rate' (LyricsShareRate)</c>, or the type name alone.</summary>
        public string Label => MetricName is null
            ? Type.Name
            : "'" + MetricName + "' (" + Type.Name + ")";

        /// <summary><c>T:Music.LyricsShareRate</c>: what an equivalence key carries to find the type again.</summary>
        public string DocumentationId => DocumentationCommentId.CreateDeclarationId(Type);
    }
}
