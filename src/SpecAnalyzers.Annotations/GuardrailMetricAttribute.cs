using System;

namespace SpecAnalyzers
{
    /// <summary>
    /// Names a metric the change must not harm (crash rate, latency, unsubscribes): it is tested for
    /// non-inferiority within <see cref="NonInferiorityMargin"/>. A spec may have several.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    public sealed class GuardrailMetricAttribute : Attribute
    {
        /// <summary>Names a guardrail metric.</summary>
        /// <param name="metric">A type carrying <see cref="MetricAttribute"/>.</param>
        public GuardrailMetricAttribute(Type metric)
        {
            Metric = metric;
        }

        /// <summary>The metric type.</summary>
        public Type Metric { get; }

        /// <summary>How much worse the metric may get, as a fraction, before the change counts as harmful.</summary>
        public double NonInferiorityMargin { get; set; }
    }
}
