using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using SpecAnalyzers.Model;

namespace SpecAnalyzers.Rules
{
    /// <summary>
    /// SPEC301: an experiment exposed to users (Ship, Tweak) must watch a guardrail metric. Reported like a missing
    /// part, on the spec's name.
    /// </summary>
    internal sealed class MissingGuardrailRule : SpecRule
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.MissingGuardrail);

        public override void Analyze(in SpecRuleContext context)
        {
            if (context.Spec is { Kind: SpecKind.Experiment, Phase: SpecPhase.Ship or SpecPhase.Tweak } spec && spec.GuardrailMetrics.IsEmpty)
            {
                context.Report(Descriptors.MissingGuardrail, spec.Location, spec.DisplayName, spec.Phase.ToString());
            }
        }
    }
}
