using System.Collections.Immutable;
using System.Threading;
using SpecAnalyzers.Model;
using SpecAnalyzers.Options;
using SpecAnalyzers.Power;

namespace SpecAnalyzers.Rules
{
    /// <summary>
    /// Reads an experiment's power inputs from its spec model and the metric types it links to, and sizes it
    /// (<see cref="ExperimentPower"/>). Read from per-file rules (<see cref="SpecRuleCatalog.PerFile"/>): the baselines
    /// live on the linked metric types, whose attributes the compiler has bound by then.
    /// </summary>
    internal static class ExperimentPowerReader
    {
        /// <summary>
        /// In a rule: <see cref="Read(SpecModel, SpecAttributeTypes, PowerOptions, CancellationToken)"/>, only in the run
        /// that covers the <c>[Experiment]</c> attribute, so a partial spec is sized once.
        /// </summary>
        public static ExperimentPower? Read(in SpecRuleContext context, SpecModel spec) =>
            context.Covers(spec.Declaration)
                ? Read(spec, context.AttributeTypes, context.Settings.GetPowerOptions(spec.Declaration.Syntax?.SyntaxTree), context.CancellationToken)
                : null;

        /// <summary>Null unless <paramref name="spec"/> is a live experiment (not retired) whose inputs are complete and possible.</summary>
        public static ExperimentPower? Read(SpecModel spec, SpecAttributeTypes attributeTypes, PowerOptions options, CancellationToken cancellationToken)
        {
            // A rollout outside 1–99 is judged by ExperimentPower.Size, which sizes nothing for it.
            if (spec.Kind != SpecKind.Experiment || spec.Phase == SpecPhase.Retired)
            {
                return null;
            }

            return ExperimentPower.Size(
                spec.RolloutPercent,
                spec.EligibleUsersPerDay,
                Tested(spec.SuccessMetrics, SpecArgumentNames.MinimumDetectableEffect, attributeTypes, cancellationToken),
                Tested(spec.GuardrailMetrics, SpecArgumentNames.NonInferiorityMargin, attributeTypes, cancellationToken),
                options);
        }

        private static ImmutableArray<TestedMetric> Tested(ImmutableArray<SpecPart> parts, string effectName, SpecAttributeTypes attributeTypes, CancellationToken cancellationToken)
        {
            var tested = ImmutableArray.CreateBuilder<TestedMetric>(parts.Length);
            foreach (var part in parts)
            {
                // Only a metric with a baseline is sized: the others need no display name, no effect read.
                var metric = part.ReferencedType is { } type && SpecTypeReader.ReadMetric(type, attributeTypes, cancellationToken) is { Baseline: not null } read
                    ? read.PowerInputs
                    : null;
                tested.Add(new TestedMetric(metric, metric is null ? null : part.GetNamedDouble(effectName)));
            }

            return tested.MoveToImmutable();
        }
    }
}
