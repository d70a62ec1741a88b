namespace SpecAnalyzers.Model
{
    /// <summary>Mirrors <c>SpecAnalyzers.MetricDirection</c> of the annotations (see <see cref="SpecPhase"/> for why).</summary>
    internal enum SpecMetricDirection
    {
        Increase = 0,
        Decrease = 1,
    }
}
