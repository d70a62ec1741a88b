using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using SpecAnalyzers.Catalog.Model;
using SpecAnalyzers.Model;
using SpecAnalyzers.Options;
using SpecAnalyzers.Power;

namespace SpecAnalyzers.Catalog.Reading
{
    /// <summary>
    /// Sizes an experiment as SPEC305–SPEC307 do, with the analyzers' own code (<see cref="ExperimentPower"/>,
    /// <see cref="PowerInputs"/>): the same inputs give the same numbers. The options are those the analyzers read for
    /// the spec's source file (<see cref="AnalyzerConfigReader"/>).
    /// </summary>
    internal sealed class PowerJudge
    {
        private readonly DateTime _referenceDate;

        public PowerJudge(DateTime referenceDate) => _referenceDate = referenceDate;

        /// <summary>Null for a feature flag, and for an experiment with neither an estimate nor an impossible input.</summary>
        public PowerHealth? Judge(CatalogSpec spec, PowerOptions options)
        {
            if (spec.Kind != SpecKind.Experiment)
            {
                return null;
            }

            var success = Tested(spec.SuccessMetrics);
            var guardrails = Tested(spec.GuardrailMetrics);
            var impossible = Impossible(spec, success, guardrails);

            // As ExperimentPowerReader: only a live experiment is sized.
            var power = spec.Phase == SpecPhase.Retired ? null : ExperimentPower.Size(spec.RolloutPercent, spec.EligibleUsersPerDay, success, guardrails, options);
            if (power is null && impossible.IsEmpty)
            {
                return null;
            }

            var estimate = power?.Estimate;
            return new PowerHealth(
                estimate is null ? null : new CatalogPowerEstimate(estimate.TreatmentUsers, estimate.DrivingMetric, estimate.Days, estimate.RolloutPercent, estimate.EligibleUsersPerDay),
                power is null ? null : Window(spec, power),
                options.Alpha,
                options.Power,
                impossible);
        }

        private PlannedWindow? Window(CatalogSpec spec, ExperimentPower power)
        {
            // As ExperimentPowerRule: a readable ReviewBy, else a readable RemoveBy.
            var end = IsoDate.TryParse(spec.TweakPlan?.ReviewBy, out var reviewBy) ? (Date: reviewBy, Text: spec.TweakPlan!.ReviewBy!)
                : IsoDate.TryParse(spec.RemoveBy, out var removeBy) ? (Date: removeBy, Text: spec.RemoveBy!)
                : ((DateTime Date, string Text)?)null;
            if (end is not { } planned)
            {
                return null;
            }

            var days = (planned.Date - _referenceDate).TotalDays;
            if (days <= 0)
            {
                return new PlannedWindow(planned.Text, days, null, null);
            }

            var overruns = power.Overruns(days);
            return new PlannedWindow(planned.Text, days, !overruns, overruns ? power.RaisedRolloutWithin(days)?.RolloutPercent : null);
        }

        /// <summary>SPEC307's findings that touch this experiment: its traffic, its success metrics' effects, its metrics' own inputs.</summary>
        private static ImmutableArray<string> Impossible(CatalogSpec spec, IReadOnlyList<TestedMetric> success, IReadOnlyList<TestedMetric> guardrails)
        {
            var problems = ImmutableArray.CreateBuilder<string>();
            if (spec.EligibleUsersPerDay is { } traffic && PowerInputs.TrafficProblem(traffic) is { } trafficProblem)
            {
                problems.Add(trafficProblem);
            }

            foreach (var tested in success)
            {
                if (tested.Metric is { } metric && tested.Effect is { } effect && PowerInputs.EffectProblem(metric, effect) is { } effectProblem)
                {
                    problems.Add(effectProblem);
                }
            }

            var seen = new HashSet<MetricPowerInputs>();
            foreach (var tested in success.Concat(guardrails))
            {
                if (tested.Metric is { } metric && seen.Add(metric) && PowerInputs.MetricProblem(metric) is { } metricProblem)
                {
                    problems.Add(metric.DisplayName + ": " + metricProblem);
                }
            }

            return problems.ToImmutable();
        }

        private static ImmutableArray<TestedMetric> Tested(ImmutableArray<MetricUse> uses)
        {
            var tested = ImmutableArray.CreateBuilder<TestedMetric>(uses.Length);
            foreach (var use in uses)
            {
                tested.Add(new TestedMetric(use.Metric is { } metric ? Inputs(metric) : null, use.Margin));
            }

            return tested.MoveToImmutable();
        }

        /// <summary>The catalog names a metric by its name alone (the analyzers quote it in messages).</summary>
        private static MetricPowerInputs Inputs(CatalogMetric metric) => new(
            metric.Name is { Length: > 0 } name ? name : metric.TypeName,
            metric.Direction == MetricDirection.Decrease ? SpecMetricDirection.Decrease : SpecMetricDirection.Increase,
            metric.Baseline,
            metric.StandardDeviation);
    }
}
