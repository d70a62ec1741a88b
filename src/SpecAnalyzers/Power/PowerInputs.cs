using System.Globalization;
using SpecAnalyzers.Model;

namespace SpecAnalyzers.Power
{
    /// <summary>
    /// What a metric's power inputs say, and when they say nothing possible: the one place SPEC307 (which reports the
    /// impossible), SPEC305/SPEC306 (which size only from the possible) and the spec catalog agree on.
    /// </summary>
    internal static class PowerInputs
    {
        /// <summary>Why the metric's own inputs are impossible; null when they are possible or not written.</summary>
        public static string? MetricProblem(MetricPowerInputs metric)
        {
            if (metric.StandardDeviation is { } deviation && !(deviation > 0 && deviation < double.PositiveInfinity))
            {
                return "StandardDeviation " + Text(deviation) + " is not positive: write the per-user standard deviation of the mean, or leave it out for a rate";
            }

            if (metric.Baseline is not { } baseline)
            {
                return null;
            }

            if (metric.StandardDeviation is null && !(baseline > 0 && baseline < 1))
            {
                return "Baseline " + Text(baseline) + " is not a rate strictly between 0 and 1: write a rate (0.12 = 12%), or add StandardDeviation for a mean metric";
            }

            return metric.StandardDeviation is not null && (baseline == 0 || double.IsNaN(baseline) || double.IsInfinity(baseline))
                ? "Baseline " + Text(baseline) + " of a mean metric leaves a relative effect nothing to detect: write the metric's current mean"
                : null;
        }

        /// <summary>
        /// Why a success metric's effect is impossible: the rate it would move to lies at or past 0 or 1. Null when it is
        /// possible, or when the metric's own inputs or the effect are not in range (reported elsewhere).
        /// </summary>
        public static string? EffectProblem(MetricPowerInputs metric, double effect)
        {
            if (metric.StandardDeviation is not null || metric.Baseline is not { } baseline || MetricProblem(metric) is not null || !IsRelativeChange(effect))
            {
                return null;
            }

            var treatment = TreatmentValue(metric, baseline, effect);
            return treatment > 0 && treatment < 1
                ? null
                : "MinimumDetectableEffect " + Text(effect) + " moves " + metric.DisplayName + " from " + Text(baseline) + " to " + Text(treatment)
                    + ", past what a rate can be: aim for a smaller effect";
        }

        /// <summary>Why a written traffic is impossible; null when it is positive.</summary>
        public static string? TrafficProblem(double eligibleUsersPerDay) =>
            eligibleUsersPerDay > 0
                ? null
                : "EligibleUsersPerDay " + Text(eligibleUsersPerDay) + " is not positive: write how many users a day could enter the experiment";

        /// <summary>
        /// The test of <paramref name="metric"/> at <paramref name="effect"/> (MDE or non-inferiority margin); null when the
        /// metric has no baseline, an input is impossible, or the effect is not a relative change in (0, 1).
        /// </summary>
        public static MetricTest? Test(MetricPowerInputs metric, TestKind kind, double effect)
        {
            if (metric.Baseline is not { } baseline || !IsRelativeChange(effect) || MetricProblem(metric) is not null
                || (kind == TestKind.Superiority && EffectProblem(metric, effect) is not null))
            {
                return null;
            }

            var controlVariance = metric.StandardDeviation is { } deviation ? deviation * deviation : baseline * (1 - baseline);
            var treatmentVariance = controlVariance;
            if (kind == TestKind.Superiority && metric.StandardDeviation is null)
            {
                // A rate's variance moves with it: the treatment is the baseline moved by the effect in the metric's direction.
                var treatment = TreatmentValue(metric, baseline, effect);
                treatmentVariance = treatment * (1 - treatment);
            }

            var difference = System.Math.Abs(baseline) * effect;
            return difference > 0 ? new MetricTest(metric.DisplayName, kind, controlVariance, treatmentVariance, difference) : null;
        }

        private static bool IsRelativeChange(double effect) => effect > 0 && effect < 1;

        private static double TreatmentValue(MetricPowerInputs metric, double baseline, double effect) =>
            metric.Direction == SpecMetricDirection.Decrease ? baseline * (1 - effect) : baseline * (1 + effect);

        private static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);
    }
}
