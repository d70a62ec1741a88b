using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using SpecAnalyzers.Evaluations;
using SpecAnalyzers.Model;

namespace SpecAnalyzers.Rules
{
    /// <summary>
    /// SPEC203: a retired spec still evaluated. Reported on the call when it evaluates this key alone (the fix rewrites
    /// it to the path the spec's <c>Outcome</c> chose), else on the key.
    /// </summary>
    internal sealed class RetiredFlagEvaluatedRule : EvaluationRule
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.RetiredFlagEvaluated);

        public override void Analyze(in EvaluationRuleContext context)
        {
            var evaluation = context.Evaluation;
            if (evaluation.Spec is not { Phase: SpecPhase.Retired } spec)
            {
                return;
            }

            var advice = spec.Outcome switch
            {
                SpecOutcome.Shipped => "it shipped, so remove the evaluation and keep the enabled path",
                SpecOutcome.RolledBack => "it was rolled back, so remove the evaluation and keep the disabled path",
                _ => "record its Outcome (Shipped or RolledBack), then remove the evaluation and keep the path it chose",
            };
            var properties = ImmutableDictionary<string, string?>.Empty
                .Add(FlagDiagnosticProperties.Key, spec.Key)
                .Add(FlagDiagnosticProperties.Outcome, spec.Outcome.ToString());
            var location = evaluation.Call?.GetLocation() ?? evaluation.Location;
            context.Report(Descriptors.RetiredFlagEvaluated, location, properties, spec.DisplayName, advice);
        }
    }
}
