using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using SpecAnalyzers.Model;

namespace SpecAnalyzers.Rules
{
    /// <summary>
    /// SPEC303: a written <c>MinimumDetectableEffect</c> or <c>NonInferiorityMargin</c> is a relative change
    /// (0.02 = 2%), so it must lie strictly between 0 and 1: 0 asks for an infinite sample, a negative value has no
    /// meaning and 1 or more is a 100% change nobody needs an experiment to see. Unwritten values are left alone.
    /// And one metric may not be both a success metric and a guardrail: it cannot have to move and have to hold.
    /// </summary>
    internal sealed class StatisticOutOfRangeRule : SpecRule
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.StatisticOutOfRange);

        public override void Analyze(in SpecRuleContext context)
        {
            if (context.Spec is not { } spec)
            {
                return;
            }

            foreach (var success in spec.SuccessMetrics)
            {
                CheckRange(context, spec, success, SpecArgumentNames.MinimumDetectableEffect);
            }

            HashSet<INamedTypeSymbol>? successMetrics = null;
            foreach (var guardrail in spec.GuardrailMetrics)
            {
                CheckRange(context, spec, guardrail, SpecArgumentNames.NonInferiorityMargin);
                if (guardrail.ReferencedType is { } metric && (successMetrics ??= SuccessMetricTypes(spec)).Contains(metric))
                {
                    context.Report(
                        Descriptors.StatisticOutOfRange,
                        guardrail.GetConstructorArgumentLocation(),
                        spec.DisplayName,
                        "'" + Subjects.TypeName(metric) + "' is both a success metric and a guardrail metric: guard a different metric");
                }
            }
        }

        private static void CheckRange(in SpecRuleContext context, SpecModel spec, SpecPart part, string argumentName)
        {
            if (part.GetNamedDouble(argumentName) is { } value && !(value > 0 && value < 1))
            {
                context.Report(
                    Descriptors.StatisticOutOfRange,
                    part.GetNamedArgumentLocation(argumentName),
                    spec.DisplayName,
                    argumentName + " " + value.ToString("R", CultureInfo.InvariantCulture)
                        + " is out of range: write a relative change strictly between 0 and 1 (0.02 = 2%)");
            }
        }

        /// <summary>A set, not a search per guardrail: a spec may list thousands of metrics.</summary>
        private static HashSet<INamedTypeSymbol> SuccessMetricTypes(SpecModel spec)
        {
            var types = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
            foreach (var success in spec.SuccessMetrics)
            {
                if (success.ReferencedType is { } type)
                {
                    types.Add(type);
                }
            }

            return types;
        }
    }
}
