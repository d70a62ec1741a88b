namespace SpecAnalyzers.Power
{
    /// <summary>
    /// One <c>[SuccessMetric]</c> or <c>[GuardrailMetric]</c> of an experiment as the sizing sees it: the linked metric's
    /// inputs (null when the linked type is no metric) and the effect written on the reference (the minimum detectable
    /// effect, or the non-inferiority margin; null when not written).
    /// </summary>
    internal sealed record TestedMetric(MetricPowerInputs? Metric, double? Effect);
}
