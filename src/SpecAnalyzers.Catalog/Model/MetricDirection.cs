namespace SpecAnalyzers.Catalog.Model
{
    /// <summary>Which way a metric must move, in the order of <c>SpecAnalyzers.MetricDirection</c>.</summary>
    public enum MetricDirection
    {
        Increase,
        Decrease,
    }
}
