using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace SpecAnalyzers.Model
{
    /// <summary>Reads a type's SpecAnalyzers attributes into an <see cref="AnnotatedType"/>, in one pass.</summary>
    internal static class SpecTypeReader
    {
        /// <summary>Returns null, cheaply, for the great majority of types: those with none of our attributes.</summary>
        public static AnnotatedType? Read(INamedTypeSymbol type, SpecAttributeTypes types, CancellationToken cancellationToken)
        {
            var attributes = type.GetAttributes();
            if (attributes.IsEmpty)
            {
                return null;
            }

            SpecPart? declaration = null;
            SpecPart? metric = null;
            SpecPart? goal = null;
            ImmutableArray<SpecPart>.Builder? parts = null;

            foreach (var attribute in attributes)
            {
                var kind = types.Classify(attribute.AttributeClass);
                switch (kind)
                {
                    case SpecAttributeKind.None:
                        break;
                    case SpecAttributeKind.FeatureFlag:
                    case SpecAttributeKind.Experiment:
                        declaration ??= new SpecPart(kind, attribute, cancellationToken);
                        break;
                    case SpecAttributeKind.Metric:
                        metric ??= new SpecPart(kind, attribute, cancellationToken);
                        break;
                    case SpecAttributeKind.Goal:
                        goal ??= new SpecPart(kind, attribute, cancellationToken);
                        break;
                    default:
                        parts ??= ImmutableArray.CreateBuilder<SpecPart>();
                        parts.Add(new SpecPart(kind, attribute, cancellationToken));
                        break;
                }
            }

            if (declaration is null && metric is null && goal is null && parts is null)
            {
                return null;
            }

            var allParts = parts?.ToImmutable() ?? ImmutableArray<SpecPart>.Empty;
            var spec = declaration is null ? null : CreateSpec(type, declaration, allParts);
            return new AnnotatedType(type, spec, allParts, metric, goal);
        }

        /// <summary>
        /// The metric <paramref name="type"/> declares, for a rule that follows a spec's link to it; null when it
        /// carries no <c>[Metric]</c>. Reading another type's attributes binds them: do it once the compiler has
        /// finished the file (<see cref="Rules.SpecRuleCatalog.PerFile"/>), not from a per-type rule.
        /// </summary>
        public static SpecMetric? ReadMetric(INamedTypeSymbol type, SpecAttributeTypes types, CancellationToken cancellationToken)
        {
            foreach (var attribute in type.GetAttributes())
            {
                if (types.Classify(attribute.AttributeClass) == SpecAttributeKind.Metric)
                {
                    return new SpecMetric(type, new SpecPart(SpecAttributeKind.Metric, attribute, cancellationToken));
                }
            }

            return null;
        }

        private static SpecModel CreateSpec(INamedTypeSymbol type, SpecPart declaration, ImmutableArray<SpecPart> parts)
        {
            return new SpecModel(
                type,
                declaration.Kind == SpecAttributeKind.Experiment ? SpecKind.Experiment : SpecKind.FeatureFlag,
                declaration,
                OfKind(parts, SpecAttributeKind.Owner),
                OfKind(parts, SpecAttributeKind.Hypothesis),
                OfKind(parts, SpecAttributeKind.SuccessMetric),
                OfKind(parts, SpecAttributeKind.GuardrailMetric),
                OfKind(parts, SpecAttributeKind.TweakPlan),
                ReadAdoptionExemption(parts));
        }

        /// <summary>The attribute allows one application; the compiler reports a second (CS0579).</summary>
        private static AdoptionExemption? ReadAdoptionExemption(ImmutableArray<SpecPart> parts)
        {
            foreach (var part in parts)
            {
                if (part.Kind == SpecAttributeKind.AdoptionExemption)
                {
                    return new AdoptionExemption(part);
                }
            }

            return null;
        }

        private static ImmutableArray<SpecPart> OfKind(ImmutableArray<SpecPart> parts, SpecAttributeKind kind)
        {
            var count = 0;
            foreach (var part in parts)
            {
                if (part.Kind == kind)
                {
                    count++;
                }
            }

            if (count == 0)
            {
                return ImmutableArray<SpecPart>.Empty;
            }

            var builder = ImmutableArray.CreateBuilder<SpecPart>(count);
            foreach (var part in parts)
            {
                if (part.Kind == kind)
                {
                    builder.Add(part);
                }
            }

            return builder.MoveToImmutable();
        }
    }
}
