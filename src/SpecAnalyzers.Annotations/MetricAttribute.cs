using System;

namespace SpecAnalyzers
{
    /// <summary>
    /// Declares the type as a metric that specs reference as a success or guardrail metric.
    /// </summary>
    /// <example>
    /// <code>
    /// [Metric("lyrics.share_rate", Direction = MetricDirection.Increase, Unit = "shares per listener-day",
    ///     Description = "Lyric cards shared per listener and day, from the share events in the events pipeline")]
    /// public sealed class LyricsShareRate { }
    /// </code>
    /// </example>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    public sealed class MetricAttribute : Attribute
    {
        /// <summary>Declares a metric.</summary>
        /// <param name="name">Dot-separated lowercase snake_case segments, as your metrics pipeline names it (<c>lyrics.share_rate</c>).</param>
        public MetricAttribute(string name)
        {
            Name = name;
        }

        /// <summary>The metric's name.</summary>
        public string Name { get; }

        /// <summary>Which way is better.</summary>
        public MetricDirection Direction { get; set; }

        /// <summary>What one unit of the metric is ("shares per listener-day").</summary>
        public string? Unit { get; set; }

        /// <summary>
        /// The metric's current value, a power input (SPEC305–SPEC307). Without <see cref="StandardDeviation"/> it is a
        /// rate, strictly between 0 and 1 (0.12 = 12% of users), whose variance follows from it; with one, a mean. Unset
        /// (0 and not written), the metric does not size experiments.
        /// </summary>
        public double Baseline { get; set; }

        /// <summary>
        /// The standard deviation of the metric per user, for a mean metric (minutes listened, revenue): with
        /// <see cref="Baseline"/> it sizes experiments. Must be positive. Leave it unset for a rate.
        /// </summary>
        public double StandardDeviation { get; set; }

        /// <summary>
        /// What the metric measures and where it is computed ("share of listeners who share a lyric card in a day,
        /// from the events pipeline"): product managers read it in the spec catalog. A generated stub writes a
        /// placeholder here; a success metric whose description is still a placeholder counts as missing (SPEC005).
        /// </summary>
        public string? Description { get; set; }
    }
}
