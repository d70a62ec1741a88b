using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using SpecAnalyzers.Model;
using SpecAnalyzers.Power;

namespace SpecAnalyzers.Rules
{
    /// <summary>
    /// SPEC307: power inputs no sample size exists for, each on its value — a metric's rate baseline outside (0, 1)
    /// (without a standard deviation), a standard deviation that is not positive, a mean baseline of 0, an experiment's
    /// traffic that is not positive, and a success metric's MDE that moves its rate to 0, 1 or past. One of
    /// <see cref="SpecRuleCatalog.PerFile"/>: the last reads the linked metric's baseline.
    /// </summary>
    internal sealed class ImpossiblePowerInputRule : SpecRule
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.ImpossiblePowerInput);

        public override void Analyze(in SpecRuleContext context)
        {
            if (context.AnnotatedType.Metric is { } metricPart && context.Covers(metricPart))
            {
                CheckMetric(context, new SpecMetric(context.AnnotatedType.Type, metricPart));
            }

            if (context.Spec is not { Kind: SpecKind.Experiment } spec)
            {
                return;
            }

            var declaration = spec.Declaration;
            if (context.Covers(declaration) && spec.EligibleUsersPerDay is { } traffic && PowerInputs.TrafficProblem(traffic) is { } trafficProblem)
            {
                context.Report(
                    Descriptors.ImpossiblePowerInput,
                    declaration.GetNamedArgumentLocation(SpecArgumentNames.EligibleUsersPerDay),
                    spec.DisplayName,
                    trafficProblem);
            }

            foreach (var success in spec.SuccessMetrics)
            {
                if (context.Covers(success)
                    && success.GetNamedDouble(SpecArgumentNames.MinimumDetectableEffect) is { } effect
                    && success.ReferencedType is { } type
                    && SpecTypeReader.ReadMetric(type, context.AttributeTypes, context.CancellationToken) is { } metric
                    && PowerInputs.EffectProblem(metric.PowerInputs, effect) is { } effectProblem)
                {
                    context.Report(
                        Descriptors.ImpossiblePowerInput,
                        success.GetNamedArgumentLocation(SpecArgumentNames.MinimumDetectableEffect),
                        spec.DisplayName,
                        effectProblem);
                }
            }
        }

        private static void CheckMetric(in SpecRuleContext context, SpecMetric metric)
        {
            if (PowerInputs.MetricProblem(metric.PowerInputs) is not { } problem)
            {
                return;
            }

            var argument = metric.StandardDeviation is { } deviation && !(deviation > 0 && deviation < double.PositiveInfinity)
                ? SpecArgumentNames.StandardDeviation
                : SpecArgumentNames.Baseline;
            context.Report(
                Descriptors.ImpossiblePowerInput,
                metric.Declaration.GetNamedArgumentLocation(argument),
                Subjects.Metric(metric.Type),
                problem);
        }
    }
}
