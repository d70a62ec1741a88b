namespace SpecAnalyzers.Power
{
    /// <summary>
    /// One metric's test as the sample size sees it: the per-user variances in control and treatment and the
    /// absolute difference to detect (the MDE, or the non-inferiority margin, times the baseline).
    /// </summary>
    /// <param name="Metric">How messages name the metric.</param>
    internal sealed record MetricTest(string Metric, TestKind Kind, double ControlVariance, double TreatmentVariance, double Difference);
}
