using System.Collections.Immutable;
using System.Threading;
using SpecAnalyzers.Model;
using SpecAnalyzers.Options;
using SpecAnalyzers.Power;

namespace SpecAnalyzers.Rules
{
    /// <summary>
    /// An experiment's sizing as SPEC305 and SPEC306 read it: its estimate at the declared rollout, and the
    /// calculation to try other rollouts with. Read from per-file rules (<see cref="SpecRuleCatalog.PerFile"/>): the
    /// baselines live on the linked metric types, whose attributes the compiler has bound by then.
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
        /// In a rule: <see cref="Read(SpecModel, SpecAttributeTypes, PowerOptions, CancellationToken)"/>, only in the run
        /// that covers the <c>[Experiment]</c> attribute, so a partial spec is sized once.
        /// </summary>
        public static ExperimentPower? Read(in SpecRuleContext context, SpecModel spec) =>
            context.Covers(spec.Declaration)
                ? Read(spec, context.AttributeTypes, context.Settings.GetPowerOptions(spec.Declaration.Syntax?.SyntaxTree), context.CancellationToken)
                : null;

        /// <summary>
        /// Null unless <paramref name="spec"/> is a live experiment (not retired) whose inputs are complete and possible:
        /// a rollout of 1–99%, traffic from the attribute or <c>spec_analyzers.eligible_users_per_day</c>, and at least
        /// one metric with a baseline and an effect.
        /// </summary>
        public static ExperimentPower? Read(SpecModel spec, SpecAttributeTypes attributeTypes, PowerOptions options, CancellationToken cancellationToken)
        {
            if (spec.Kind != SpecKind.Experiment || spec.Phase == SpecPhase.Retired
                || spec.RolloutPercent is not { } rollout || rollout <= 0 || rollout >= 100)
            {
                return null;
            }

            var eligibleUsersPerDay = spec.EligibleUsersPerDay ?? options.EligibleUsersPerDay;
            if (eligibleUsersPerDay is not { } traffic || PowerInputs.TrafficProblem(traffic) is not null)
            {
                return null;
            }

            var tests = ImmutableArray.CreateBuilder<MetricTest>();
            if (!TryAddTests(spec.SuccessMetrics, TestKind.Superiority, SpecArgumentNames.MinimumDetectableEffect, attributeTypes, tests, cancellationToken)
                || !TryAddTests(spec.GuardrailMetrics, TestKind.NonInferiority, SpecArgumentNames.NonInferiorityMargin, attributeTypes, tests, cancellationToken)
                || tests.Count == 0)
            {
                return null;
            }

            var sampleSize = new SampleSize(tests.ToImmutable(), spec.SuccessMetrics.Length, spec.GuardrailMetrics.Length, options.Alpha, options.Power);
            return sampleSize.Estimate(rollout, traffic) is { } estimate ? new ExperimentPower(sampleSize, estimate) : null;
        }

        /// <summary>False when a linked metric's inputs are impossible (SPEC307): no estimate then, rather than one that leaves it out.</summary>
        private static bool TryAddTests(
            ImmutableArray<SpecPart> parts,
            TestKind kind,
            string effectName,
            SpecAttributeTypes attributeTypes,
            ImmutableArray<MetricTest>.Builder tests,
            CancellationToken cancellationToken)
        {
            foreach (var part in parts)
            {
                if (part.ReferencedType is not { } type
                    || SpecTypeReader.ReadMetric(type, attributeTypes, cancellationToken) is not { Baseline: not null } metric)
                {
                    continue;
                }

                if (PowerInputs.MetricProblem(metric) is not null)
                {
                    return false;
                }

                var effect = part.GetNamedDouble(effectName);
                if (effect is { } written && kind == TestKind.Superiority && PowerInputs.EffectProblem(metric, written) is not null)
                {
                    return false;
                }

                if (effect is { } value && PowerInputs.Test(metric, kind, value) is { } test)
                {
                    tests.Add(test);
                }
            }

            return true;
        }
    }
}
