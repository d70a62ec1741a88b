using System.Collections.Generic;
using System.Collections.Immutable;
using SpecAnalyzers.Options;

namespace SpecAnalyzers.Power
{
    /// <summary>
    /// An experiment's sizing as SPEC305 and SPEC306 read it, and the spec catalog writes it: its estimate at the
    /// declared rollout, and the calculation to try other rollouts with. Built from inputs alone
    /// (<see cref="Size"/>), whoever read them.
    /// </summary>
    internal sealed class ExperimentPower
    {
        private ExperimentPower(SampleSize sampleSize, PowerEstimate estimate)
        {
            SampleSize = sampleSize;
            Estimate = estimate;
        }

        public SampleSize SampleSize { get; }

        /// <summary>The estimate at the declared rollout and traffic.</summary>
        public PowerEstimate Estimate { get; }

        /// <summary>
        /// Whether the estimate takes more days than <paramref name="windowDays"/>, the planned window from the reference
        /// date to the tweak plan's <c>ReviewBy</c> (else <c>RemoveBy</c>); a window already over is SPEC106's to report.
        /// </summary>
        public bool Overruns(double windowDays) => windowDays > 0 && Estimate.Days > windowDays;

        /// <summary>The estimate at the smallest whole percent above the declared rollout that fits <paramref name="windowDays"/>; null when none does.</summary>
        public PowerEstimate? RaisedRolloutWithin(double windowDays) =>
            SampleSize.SmallestRolloutWithin(Estimate.RolloutPercent + 1, Estimate.EligibleUsersPerDay, windowDays);

        /// <summary>
        /// Null unless the inputs are complete and possible: a rollout of 1–99%, traffic from the experiment
        /// (<paramref name="eligibleUsersPerDay"/>) or <c>spec_analyzers.eligible_users_per_day</c>, and at least one
        /// metric with a baseline and an effect. A linked metric whose inputs are impossible (SPEC307) leaves no
        /// estimate rather than one that leaves it out. The caller decides which specs are sized (live experiments).
        /// </summary>
        public static ExperimentPower? Size(
            int? rolloutPercent,
            double? eligibleUsersPerDay,
            IReadOnlyList<TestedMetric> successMetrics,
            IReadOnlyList<TestedMetric> guardrailMetrics,
            PowerOptions options)
        {
            if (rolloutPercent is not { } rollout || rollout <= 0 || rollout >= 100)
            {
                return null;
            }

            if ((eligibleUsersPerDay ?? options.EligibleUsersPerDay) is not { } traffic || PowerInputs.TrafficProblem(traffic) is not null)
            {
                return null;
            }

            var tests = ImmutableArray.CreateBuilder<MetricTest>();
            if (!TryAddTests(successMetrics, TestKind.Superiority, tests) || !TryAddTests(guardrailMetrics, TestKind.NonInferiority, tests) || tests.Count == 0)
            {
                return null;
            }

            var sampleSize = new SampleSize(tests.ToImmutable(), successMetrics.Count, guardrailMetrics.Count, options.Alpha, options.Power);
            return sampleSize.Estimate(rollout, traffic) is { } estimate ? new ExperimentPower(sampleSize, estimate) : null;
        }

        private static bool TryAddTests(IReadOnlyList<TestedMetric> metrics, TestKind kind, ImmutableArray<MetricTest>.Builder tests)
        {
            foreach (var tested in metrics)
            {
                if (tested.Metric is not { Baseline: not null } metric)
                {
                    continue;
                }

                if (PowerInputs.MetricProblem(metric) is not null)
                {
                    return false;
                }

                if (tested.Effect is { } written && kind == TestKind.Superiority && PowerInputs.EffectProblem(metric, written) is not null)
                {
                    return false;
                }

                if (tested.Effect is { } value && PowerInputs.Test(metric, kind, value) is { } test)
                {
                    tests.Add(test);
                }
            }

            return true;
        }
    }
}
