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

        /// <summary>"Use metric 'lyrics.share_rate' (LyricsShareRate)".</summary>
        public string Title => MetricName is null
            ? "Use metric " + Type.Name
            : "Use metric '" + MetricName + "' (" + Type.Name + ")";

        public string EquivalenceKey => EquivalenceKeys.UseMetric(DocumentationCommentId.CreateDeclarationId(Type));
    }
}
