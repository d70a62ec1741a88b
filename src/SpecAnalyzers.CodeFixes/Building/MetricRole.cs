namespace SpecAnalyzers.CodeFixes.Building
{
    /// <summary>
    /// What a metric is to a spec. The role decides the generated stub's name, its metric name, which way is
    /// better and the attribute that references it.
    /// </summary>
    internal enum MetricRole
    {
        /// <summary>Must move in its direction: <c>[SuccessMetric]</c>, a metric that should increase.</summary>
        Success,

        /// <summary>Must not get worse: <c>[GuardrailMetric]</c>, a metric that should stay low (crashes, latency).</summary>
        Guardrail,
    }
}
