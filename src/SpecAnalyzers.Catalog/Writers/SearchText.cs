using System.Linq;
using SpecAnalyzers.Catalog.Model;

namespace SpecAnalyzers.Catalog.Writers
{
    /// <summary>What the page's search box matches a spec by: its key, owner and metric names, lower-cased.</summary>
    internal static class SearchText
    {
        public static string Of(CatalogSpec spec) =>
            string.Join(
                " ",
                new[] { spec.Key, spec.Owner ?? string.Empty }
                    .Concat(spec.SuccessMetrics.Concat(spec.GuardrailMetrics).Select(use => use.Metric?.Name ?? use.TypeName)))
            .ToLowerInvariant();
    }
}
