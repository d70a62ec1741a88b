namespace SpecAnalyzers.Catalog.Model
{
    /// <summary>
    /// One thing wrong with a spec: which part, the value as written (null when there is none), and for a metric
    /// or goal finding the metric name or type it is about.
    /// </summary>
    public sealed record HealthFinding(SpecPart Part, string? Value, string? Subject = null);
}
