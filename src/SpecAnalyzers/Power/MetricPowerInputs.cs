using SpecAnalyzers.Model;

namespace SpecAnalyzers.Power
{
    /// <summary>
    /// A metric's power inputs as written (null when not written), whoever read them: the analyzer from the
    /// <c>[Metric]</c> attribute's syntax and symbols, the spec catalog from compiled metadata.
    /// </summary>
    /// <param name="DisplayName">How messages name the metric.</param>
    /// <param name="StandardDeviation">Written for a mean metric; null for a rate.</param>
    internal sealed record MetricPowerInputs(string DisplayName, SpecMetricDirection Direction, double? Baseline, double? StandardDeviation);
}
