using System;

namespace SpecAnalyzers
{
    /// <summary>
    /// Says how we will know the change worked: a <see cref="MetricAttribute"/> type that must move in its
    /// direction by at least the minimum detectable effect (a superiority test). A spec may have several.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    public sealed class SuccessMetricAttribute : Attribute
    {
        /// <summary>Names a success metric.</summary>
        /// <param name="metric">A type carrying <see cref="MetricAttribute"/>.</param>
        public SuccessMetricAttribute(Type metric)
        {
            Metric = metric;
        }

        /// <summary>The metric type.</summary>
        public Type Metric { get; }

        /// <summary>
        /// The smallest relative change worth detecting, as a fraction (0.02 is 2%). It sizes the experiment:
        /// the smaller it is, the more users the test needs.
        /// </summary>
        public double MinimumDetectableEffect { get; set; }
    }
}
