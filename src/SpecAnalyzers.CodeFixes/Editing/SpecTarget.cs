using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SpecAnalyzers.Model;

namespace SpecAnalyzers.CodeFixes.Editing
{
    /// <summary>
    /// A spec a fix edits: the declaration that carries its <c>[FeatureFlag]</c> or <c>[Experiment]</c> (where
    /// new parts go, however many partial declarations it has) and the spec as the analyzers read it.
    /// </summary>
    internal sealed class SpecTarget
    {
        public SpecTarget(BaseTypeDeclarationSyntax declaration, SpecModel spec)
        {
            Declaration = declaration;
            Spec = spec;
            MissingParts = MissionPart.InWritingOrder.Where(part => part.IsMissing(spec)).Select(part => part.Kind).ToImmutableArray();
        }

        public BaseTypeDeclarationSyntax Declaration { get; }

        public SpecModel Spec { get; }

        /// <summary>The mission parts the spec has none of, in writing order.</summary>
        public ImmutableArray<SpecAttributeKind> MissingParts { get; }

        /// <summary>The spec key, else its type name: what generated names derive from.</summary>
        public string KeyOrTypeName => string.IsNullOrWhiteSpace(Spec.Key) ? Spec.Type.Name : Spec.Key!;

        public bool Lacks(SpecAttributeKind kind) => kind switch
        {
            SpecAttributeKind.Owner => Spec.Owners.IsEmpty,
            SpecAttributeKind.Hypothesis => Spec.Hypotheses.IsEmpty,
            SpecAttributeKind.SuccessMetric => Spec.SuccessMetrics.IsEmpty,
            SpecAttributeKind.GuardrailMetric => Spec.GuardrailMetrics.IsEmpty,
            SpecAttributeKind.TweakPlan => Spec.TweakPlans.IsEmpty,
            _ => false,
        };
    }
}
