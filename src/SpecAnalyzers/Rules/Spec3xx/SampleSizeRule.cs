using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace SpecAnalyzers.Rules
{
    /// <summary>
    /// SPEC305 (info): what an experiment with complete power inputs needs — users in the treatment, the metric that
    /// needs the most, and the days at the declared rollout — on the experiment's name. One of
    /// <see cref="SpecRuleCatalog.PerFile"/>: the baselines live on the linked metric types.
    /// </summary>
    internal sealed class SampleSizeRule : SpecRule
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.SampleSize);

        public override void Analyze(in SpecRuleContext context)
        {
            if (context.Spec is not { } spec || ExperimentPower.Read(context, spec) is not { } power)
            {
                return;
            }

            var estimate = power.Estimate;
            context.Report(
                Descriptors.SampleSize,
                spec.Location,
                spec.DisplayName,
                PowerNumbers.Whole(estimate.TreatmentUsers),
                estimate.DrivingMetric,
                PowerNumbers.Whole(estimate.Days),
                estimate.RolloutPercent,
                PowerNumbers.Whole(estimate.EligibleUsersPerDay));
        }
    }
}
