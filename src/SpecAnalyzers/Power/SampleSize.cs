using System;
using System.Collections.Immutable;

namespace SpecAnalyzers.Power
{
    /// <summary>
    /// Spotify Confidence's z-test sizing with unpooled variances. The treatment is r% of the eligible users and the
    /// control the rest, κ = (100 − r) / r; each test needs
    /// n_treatment = (z₁₋α′ + z₁₋β′)² · (σ²_control / κ + σ²_treatment) / δ², and the experiment the largest of them.
    /// α′ is α / (2m) for the m success metrics' two-sided tests and α for the guardrails' one-sided ones; every test
    /// runs at power 1 − β / (G + 1) for G guardrails. The quantiles are computed once, here.
    /// </summary>
    internal sealed class SampleSize
    {
        private readonly ImmutableArray<MetricTest> _tests;
        private readonly double[] _factors;

        /// <param name="successMetrics">m: every success metric the experiment declares, sized or not (each is tested).</param>
        /// <param name="guardrailMetrics">G: every guardrail metric the experiment declares.</param>
        public SampleSize(ImmutableArray<MetricTest> tests, int successMetrics, int guardrailMetrics, double alpha, double power)
        {
            _tests = tests;
            var zPower = NormalQuantile.Of(1 - ((1 - power) / (guardrailMetrics + 1)));
            var zSuperiority = NormalQuantile.Of(1 - (alpha / (2 * Math.Max(successMetrics, 1))));
            var zNonInferiority = NormalQuantile.Of(1 - alpha);
            _factors = new double[tests.Length];
            for (var i = 0; i < tests.Length; i++)
            {
                var z = (tests[i].Kind == TestKind.Superiority ? zSuperiority : zNonInferiority) + zPower;
                _factors[i] = z * z / (tests[i].Difference * tests[i].Difference);
            }
        }

        /// <summary>
        /// The estimate at <paramref name="rolloutPercent"/> (1–99; at 100 there is no control) of
        /// <paramref name="eligibleUsersPerDay"/>; null when nothing is sized or the numbers overflow (a difference
        /// too small to represent).
        /// </summary>
        public PowerEstimate? Estimate(int rolloutPercent, double eligibleUsersPerDay)
        {
            if (TreatmentUsers(rolloutPercent) is not { } needed)
            {
                return null;
            }

            // users · 100 and users/day · r are exact for whole numbers, so a whole number of days is not rounded up past itself.
            var days = Math.Ceiling(needed.Users * 100 / (eligibleUsersPerDay * rolloutPercent));
            return double.IsInfinity(days) || double.IsNaN(days)
                ? null
                : new PowerEstimate(needed.Users, needed.Metric, rolloutPercent, eligibleUsersPerDay, days);
        }

        /// <summary>The estimate at the smallest whole percent from <paramref name="fromPercent"/> up that takes at most <paramref name="days"/>; null when none does.</summary>
        public PowerEstimate? SmallestRolloutWithin(int fromPercent, double eligibleUsersPerDay, double days)
        {
            for (var percent = Math.Max(fromPercent, 1); percent < 100; percent++)
            {
                if (Estimate(percent, eligibleUsersPerDay) is { } estimate && estimate.Days <= days)
                {
                    return estimate;
                }
            }

            return null;
        }

        /// <summary>
        /// The estimate at the largest whole percent from <paramref name="toPercent"/> down that takes at most
        /// <paramref name="days"/>; null when none does. Past an even split the shrinking control is what takes long.
        /// </summary>
        public PowerEstimate? LargestRolloutWithin(int toPercent, double eligibleUsersPerDay, double days)
        {
            for (var percent = Math.Min(toPercent, 99); percent > 0; percent--)
            {
                if (Estimate(percent, eligibleUsersPerDay) is { } estimate && estimate.Days <= days)
                {
                    return estimate;
                }
            }

            return null;
        }

        /// <summary>
        /// The estimate at the whole percent that takes the fewest days (the smallest such percent on a tie). A larger
        /// treatment fills faster but leaves a smaller control, so the fastest split is near 50%, not 100%.
        /// </summary>
        public PowerEstimate? Fastest(double eligibleUsersPerDay)
        {
            PowerEstimate? fastest = null;
            for (var percent = 1; percent < 100; percent++)
            {
                if (Estimate(percent, eligibleUsersPerDay) is { } estimate && (fastest is null || estimate.Days < fastest.Days))
                {
                    fastest = estimate;
                }
            }

            return fastest;
        }

        private (double Users, string Metric)? TreatmentUsers(int rolloutPercent)
        {
            if (rolloutPercent <= 0 || rolloutPercent >= 100)
            {
                return null;
            }

            var kappa = (100.0 - rolloutPercent) / rolloutPercent;
            (double Users, string Metric)? largest = null;
            for (var i = 0; i < _tests.Length; i++)
            {
                var test = _tests[i];
                var users = _factors[i] * ((test.ControlVariance / kappa) + test.TreatmentVariance);
                if (largest is null || users > largest.Value.Users)
                {
                    largest = (users, test.Metric);
                }
            }

            return largest is { } found && found.Users < double.MaxValue ? (Math.Ceiling(found.Users), found.Metric) : null;
        }
    }
}
