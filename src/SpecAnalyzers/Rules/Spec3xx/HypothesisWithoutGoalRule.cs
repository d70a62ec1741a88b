using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using SpecAnalyzers.Model;

namespace SpecAnalyzers.Rules
{
    /// <summary>
    /// SPEC304 (info): a hypothesis should name the goal it serves. Reported on the <c>[Hypothesis]</c> attribute, where
    /// <c>Goal = typeof(…)</c> goes. A Goal that is written but does not bind is the compiler's to report; <c>Goal = null</c> links nothing.
    /// </summary>
    internal sealed class HypothesisWithoutGoalRule : SpecRule
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.HypothesisWithoutGoal);

        public override void Analyze(in SpecRuleContext context)
        {
            // The hypothesis is a mission part: while an adoption exemption holds it is usually a template, with no goal yet.
            if (context.Spec is not { } spec || context.IsExemptFromMissionRules(spec))
            {
                return;
            }

            foreach (var hypothesis in spec.Hypotheses)
            {
                var goalMissing = !WrittenArguments.IsWritten(hypothesis, SpecArgumentNames.Goal)
                    || WrittenArguments.IsNull(hypothesis, SpecArgumentNames.Goal);
                if (goalMissing && hypothesis.GetNamedType(SpecArgumentNames.Goal) is null)
                {
                    context.Report(Descriptors.HypothesisWithoutGoal, hypothesis.Location, spec.DisplayName);
                }
            }
        }
    }
}
