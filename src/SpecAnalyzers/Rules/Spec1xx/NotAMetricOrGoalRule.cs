using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using SpecAnalyzers.Model;

namespace SpecAnalyzers.Rules
{
    /// <summary>
    /// SPEC102: <c>[SuccessMetric(typeof(X))]</c> and <c>[GuardrailMetric(typeof(X))]</c> need X to be a
    /// <c>[Metric]</c>, and <c>[Hypothesis(…, Goal = typeof(X))]</c> needs X to be a <c>[Goal]</c>. One rule for
    /// both: either way the spec links to something that is not what it claims. Types that do not bind are the
    /// compiler's to report. One of <see cref="RuleCatalog.PerFile"/>: it checks the links written in the file
    /// at hand.
    /// </summary>
    internal sealed class NotAMetricOrGoalRule : SpecRule
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.NotAMetricOrGoal);

        public override void Analyze(in SpecRuleContext context)
        {
            if (context.Spec is not { } spec)
            {
                return;
            }

            CheckMetrics(context, spec, spec.SuccessMetrics, "success metric");
            CheckMetrics(context, spec, spec.GuardrailMetrics, "guardrail metric");
            foreach (var hypothesis in spec.Hypotheses)
            {
                if (!context.Covers(hypothesis))
                {
                    continue;
                }

                var goal = hypothesis.GetNamedType(SpecArgumentNames.Goal);
                if (goal is not null && !Is(context, goal, SpecAttributeKind.Goal))
                {
                    context.Report(
                        Descriptors.NotAMetricOrGoal,
                        hypothesis.GetNamedArgumentLocation(SpecArgumentNames.Goal),
                        spec.DisplayName,
                        "goal",
                        Subjects.TypeName(goal),
                        "Goal");
                }
            }
        }

        private static void CheckMetrics(in SpecRuleContext context, SpecModel spec, ImmutableArray<SpecPart> parts, string label)
        {
            foreach (var part in parts)
            {
                if (context.Covers(part) && part.ReferencedType is { } type && !Is(context, type, SpecAttributeKind.Metric))
                {
                    context.Report(
                        Descriptors.NotAMetricOrGoal,
                        part.GetConstructorArgumentLocation(),
                        spec.DisplayName,
                        label,
                        Subjects.TypeName(type),
                        "Metric");
                }
            }
        }

        private static bool Is(in SpecRuleContext context, INamedTypeSymbol type, SpecAttributeKind kind)
        {
            foreach (var attribute in type.GetAttributes())
            {
                if (context.AttributeTypes.Classify(attribute.AttributeClass) == kind)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
