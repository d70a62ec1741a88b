namespace SpecAnalyzers.Catalog.Model
{
    /// <summary>
    /// A spec's <c>[SuccessMetric]</c> or <c>[GuardrailMetric]</c>: the metric type it names (as written in
    /// metadata), the metric when that type is a <c>[Metric]</c> the catalog read, and the margin: the minimum
    /// detectable effect of a success metric, the non-inferiority margin of a guardrail (null when not set).
    /// </summary>
    public sealed record MetricUse(string TypeName, CatalogMetric? Metric, double? Margin);
}
