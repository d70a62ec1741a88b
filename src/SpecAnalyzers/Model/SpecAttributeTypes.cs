using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace SpecAnalyzers.Model
{
    /// <summary>
    /// The SpecAnalyzers attribute types of one compilation, resolved once when the compilation starts.
    /// </summary>
    internal sealed class SpecAttributeTypes
    {
        public const string Namespace = "SpecAnalyzers";

        private static readonly KeyValuePair<string, SpecAttributeKind>[] MetadataNames =
        {
            new(Namespace + ".FeatureFlagAttribute", SpecAttributeKind.FeatureFlag),
            new(Namespace + ".ExperimentAttribute", SpecAttributeKind.Experiment),
            new(Namespace + ".OwnerAttribute", SpecAttributeKind.Owner),
            new(Namespace + ".HypothesisAttribute", SpecAttributeKind.Hypothesis),
            new(Namespace + ".SuccessMetricAttribute", SpecAttributeKind.SuccessMetric),
            new(Namespace + ".GuardrailMetricAttribute", SpecAttributeKind.GuardrailMetric),
            new(Namespace + ".TweakPlanAttribute", SpecAttributeKind.TweakPlan),
            new(Namespace + ".MetricAttribute", SpecAttributeKind.Metric),
            new(Namespace + ".GoalAttribute", SpecAttributeKind.Goal),
            new(Namespace + ".AdoptionExemptionAttribute", SpecAttributeKind.AdoptionExemption),
        };

        private readonly Dictionary<INamedTypeSymbol, SpecAttributeKind> _kinds;

        private SpecAttributeTypes(Compilation compilation, Dictionary<INamedTypeSymbol, SpecAttributeKind> kinds)
        {
            Compilation = compilation;
            _kinds = kinds;
        }

        public Compilation Compilation { get; }

        /// <summary>
        /// Resolves the attribute types, or returns null when the compilation references none of them, so that a
        /// project that does not use SpecAnalyzers pays nothing beyond this lookup.
        /// </summary>
        public static SpecAttributeTypes? TryCreate(Compilation compilation)
        {
            Dictionary<INamedTypeSymbol, SpecAttributeKind>? kinds = null;
            foreach (var entry in MetadataNames)
            {
                var type = compilation.GetTypeByMetadataName(entry.Key);
                if (type is null)
                {
                    continue;
                }

                kinds ??= new Dictionary<INamedTypeSymbol, SpecAttributeKind>(SymbolEqualityComparer.Default);
                kinds[type] = entry.Value;
            }

            return kinds is null ? null : new SpecAttributeTypes(compilation, kinds);
        }

        public SpecAttributeKind Classify(INamedTypeSymbol? attributeClass)
        {
            if (attributeClass is null || attributeClass.TypeKind == TypeKind.Error)
            {
                return SpecAttributeKind.None;
            }

            return _kinds.TryGetValue(attributeClass, out var kind) ? kind : SpecAttributeKind.None;
        }

        public INamedTypeSymbol? Get(SpecAttributeKind kind)
        {
            foreach (var entry in _kinds)
            {
                if (entry.Value == kind)
                {
                    return entry.Key;
                }
            }

            return null;
        }
    }
}
