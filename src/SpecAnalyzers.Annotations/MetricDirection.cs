namespace SpecAnalyzers
{
    /// <summary>Which way a metric has to move for the change to count as a win.</summary>
    public enum MetricDirection
    {
        /// <summary>Higher is better (share rate, retention, conversion).</summary>
        Increase = 0,

        /// <summary>Lower is better (crash rate, latency, cost per request).</summary>
        Decrease = 1,
    }
}
