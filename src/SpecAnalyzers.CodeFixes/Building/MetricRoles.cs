using SpecAnalyzers.Model;

namespace SpecAnalyzers.CodeFixes.Building
{
    internal static class MetricRoles
    {
        /// <summary>
        /// The way a metric in <paramref name="role"/> usually has to move: a success metric up (shares, retention),
        /// a guardrail down (crashes, latency). Generated stubs say so, and existing metrics that agree are offered first.
        /// </summary>
        public static SpecMetricDirection PreferredDirection(this MetricRole role) =>
            role == MetricRole.Success ? SpecMetricDirection.Increase : SpecMetricDirection.Decrease;
    }
}
