using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using SpecAnalyzers.Model;
using SpecAnalyzers.Options;

namespace SpecAnalyzers.Rules
{
    /// <summary>
    /// SPEC005 for the success metric: a success metric whose <c>[Metric]</c> still has a placeholder (or empty)
    /// <c>Description</c> — the stub the fixes generate — measures nothing anyone has named. Reported on the
    /// <c>typeof(…)</c>. One of <see cref="RuleCatalog.PerFile"/>: it reads the attributes of the linked type, so it
    /// checks the links written in the file at hand, as SPEC102 does. A metric without a description is not a stub. Not
    /// while the spec's adoption exemption holds.
    /// </summary>
    internal sealed class UnfinishedMetricStubRule : SpecRule
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.PlaceholderMissionPart);

        public override void Analyze(in SpecRuleContext context)
        {
            if (context.Spec is not { } spec || context.IsExemptFromMissionRules(spec))
            {
                return;
            }

            foreach (var part in spec.SuccessMetrics)
            {
                if (context.Covers(part) && part.ReferencedType is { } metricType && IsUnfinished(context, metricType))
                {
                    context.Report(
                        Descriptors.PlaceholderMissionPart,
                        part.GetConstructorArgumentLocation(),
                        spec.DisplayName,
                        MissionPart.SuccessMetric.Label,
                        Subjects.TypeName(metricType),
                        "an unfinished stub (its description is a placeholder)");
                }
            }
        }

        private static bool IsUnfinished(in SpecRuleContext context, INamedTypeSymbol metricType)
        {
            foreach (var attribute in metricType.GetAttributes())
            {
                if (context.AttributeTypes.Classify(attribute.AttributeClass) != SpecAttributeKind.Metric)
                {
                    continue;
                }

                var metric = new SpecPart(SpecAttributeKind.Metric, attribute, context.CancellationToken);
                var description = metric.GetNamedString(SpecArgumentNames.Description);
                return description is not null
                    && context.Settings.GetPlaceholderWords(metric.Syntax?.SyntaxTree).Inspect(description) != TextDefect.None;
            }

            return false;
        }
    }
}
