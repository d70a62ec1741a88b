using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace SpecAnalyzers.Rules
{
    /// <summary>
    /// SPEC108: owner, hypothesis, metric references and tweak plan on a type with no <c>[FeatureFlag]</c> or
    /// <c>[Experiment]</c> on any of its declarations. Reported on each such attribute.
    /// </summary>
    internal sealed class PartOnNonSpecRule : SpecRule
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.PartOnNonSpec);

        public override void Analyze(in SpecRuleContext context)
        {
            var annotated = context.AnnotatedType;
            if (annotated.Spec is not null)
            {
                return;
            }

            foreach (var part in annotated.Parts)
            {
                context.Report(Descriptors.PartOnNonSpec, part.Location, part.Kind.ToString(), Subjects.TypeName(annotated.Type));
            }
        }
    }
}
