namespace SpecAnalyzers.Catalog.Model
{
    /// <summary>A <c>[Metric]</c> type as compiled. <see cref="Description"/>, <see cref="Baseline"/> and
    /// <see cref="StandardDeviation"/> are null when the attribute does not set them.</summary>
    public sealed record CatalogMetric(
        string TypeName,
        string Assembly,
        string? Name,
        MetricDirection? Direction,
        string? Unit,
        string? Description,
        double? Baseline,
        double? StandardDeviation);
}
