using Microsoft.CodeAnalysis;

namespace SpecAnalyzers.Model
{
    /// <summary>
    /// The SpecAnalyzers attribute types of one compilation, resolved once when the compilation starts.
    /// </summary>
    internal sealed class SpecAttributeTypes
    {
        public const string Namespace = "SpecAnalyzers";

        /// <summary>
        /// Each kind's metadata name, at the kind's value. Arrays indexed by kind rather than dictionaries keyed or valued
        /// by it: a framework collection of one of our enums is generic code the JIT compiles in every compiler process.
        /// </summary>
        private static readonly string?[] MetadataNames =
        {
            null,
            Namespace + ".FeatureFlagAttribute",
            Namespace + ".ExperimentAttribute",
            Namespace + ".OwnerAttribute",
            Namespace + ".HypothesisAttribute",
            Namespace + ".SuccessMetricAttribute",
            Namespace + ".GuardrailMetricAttribute",
            Namespace + ".TweakPlanAttribute",
            Namespace + ".MetricAttribute",
            Namespace + ".GoalAttribute",
            Namespace + ".AdoptionExemptionAttribute",
        };

        /// <summary>Each kind's type in this compilation, at the kind's value; null where it is not referenced.</summary>
        private readonly INamedTypeSymbol?[] _types;

        private SpecAttributeTypes(Compilation compilation, INamedTypeSymbol?[] types)
        {
            Compilation = compilation;
            _types = types;
        }

        public Compilation Compilation { get; }

        /// <summary>
        /// Resolves the attribute types, or returns null when the compilation references none of them, so that a
        /// project that does not use SpecAnalyzers pays nothing beyond this lookup.
        /// </summary>
        public static SpecAttributeTypes? TryCreate(Compilation compilation)
        {
            var types = new INamedTypeSymbol?[MetadataNames.Length];
            var found = false;
            for (var kind = 1; kind < MetadataNames.Length; kind++)
            {
                types[kind] = LibraryTypes.Find(compilation, Namespace, MetadataNames[kind]!);
                found |= types[kind] is not null;
            }

            return found ? new SpecAttributeTypes(compilation, types) : null;
        }

        public SpecAttributeKind Classify(INamedTypeSymbol? attributeClass)
        {
            if (attributeClass is null || attributeClass.TypeKind == TypeKind.Error)
            {
                return SpecAttributeKind.None;
            }

            for (var kind = 1; kind < _types.Length; kind++)
            {
                if (SymbolEqualityComparer.Default.Equals(_types[kind], attributeClass))
                {
                    return (SpecAttributeKind)kind;
                }
            }

            return SpecAttributeKind.None;
        }

        public INamedTypeSymbol? Get(SpecAttributeKind kind) => _types[(int)kind];
    }
}
