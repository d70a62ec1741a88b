using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace SpecAnalyzers.Model
{
    /// <summary>
    /// A type that carries at least one SpecAnalyzers attribute: a spec, a metric, a goal, or a type with spec
    /// parts but no spec declaration (which SPEC108 reports).
    /// </summary>
    internal sealed class AnnotatedType
    {
        public AnnotatedType(
            INamedTypeSymbol type,
            SpecModel? spec,
            ImmutableArray<SpecPart> parts,
            SpecPart? metric,
            SpecPart? goal)
        {
            Type = type;
            Spec = spec;
            Parts = parts;
            Metric = metric;
            Goal = goal;
        }

        public INamedTypeSymbol Type { get; }

        /// <summary>The spec this type declares; null when it has no <c>[FeatureFlag]</c> or <c>[Experiment]</c>.</summary>
        public SpecModel? Spec { get; }

        /// <summary>Every spec-part attribute (owner, hypothesis, metrics, tweak plan, adoption exemption) in declaration order.</summary>
        public ImmutableArray<SpecPart> Parts { get; }

        /// <summary>The <c>[Metric]</c> attribute, when the type declares a metric.</summary>
        public SpecPart? Metric { get; }

        /// <summary>The <c>[Goal]</c> attribute, when the type declares a goal.</summary>
        public SpecPart? Goal { get; }
    }
}
