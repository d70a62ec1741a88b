using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace SpecAnalyzers.Model
{
    /// <summary>
    /// Tells whether a type a spec links to (<c>typeof(X)</c> in <c>[SuccessMetric]</c>, <c>[GuardrailMetric]</c> or a
    /// hypothesis' <c>Goal</c>) is a <c>[Metric]</c> or a <c>[Goal]</c>, from the attributes written on X where they
    /// decide, so that checking a spec does not bind the attributes of the types it links to. That binding is the
    /// compiler's own work moved earlier, but it is the costly kind (X's file usings, every argument) and the IDE
    /// pays it again in each new compilation. The written attributes decide when none of them can be the marker (X is
    /// not one), or when one can (by the marker's name or an alias of it) and nothing else is named like the marker:
    /// no other type in source or in a reference, no alias (X is one). Anything else is bound: a name something else
    /// has too, an enum, a delegate, a type from metadata.
    /// </summary>
    internal sealed class LinkedTypeCheck
    {
        private readonly SpecAttributeTypes _attributeTypes;
        private readonly Marker _metric;
        private readonly Marker _goal;
        private readonly ReadOnce<HashSet<string>> _sharedStems;

        public LinkedTypeCheck(SpecAttributeTypes attributeTypes)
        {
            _attributeTypes = attributeTypes;
            _metric = new Marker(attributeTypes, SpecAttributeKind.Metric, "Metric");
            _goal = new Marker(attributeTypes, SpecAttributeKind.Goal, "Goal");
            _sharedStems = new(ReadSharedStems);
        }

        /// <param name="kind"><see cref="SpecAttributeKind.Metric"/> or <see cref="SpecAttributeKind.Goal"/>.</param>
        public bool Is(INamedTypeSymbol type, SpecAttributeKind kind, CancellationToken cancellationToken)
        {
            var marker = kind == SpecAttributeKind.Metric ? _metric : _goal;
            return marker.Type is not null && (Written(type, marker, cancellationToken) ?? Bound(type, kind));
        }

        /// <summary>What X's written attributes say; null when they cannot say.</summary>
        private bool? Written(INamedTypeSymbol type, Marker marker, CancellationToken cancellationToken)
        {
            // Only these kinds are declared by a TypeDeclarationSyntax, what the index keeps.
            if (type.TypeKind is not (TypeKind.Class or TypeKind.Struct or TypeKind.Interface) || type.IsImplicitlyDeclared)
            {
                return null;
            }

            var references = type.DeclaringSyntaxReferences;
            if (references.IsEmpty)
            {
                return null;
            }

            foreach (var reference in references)
            {
                if (AttributeSyntaxIndex.Get(reference.SyntaxTree, cancellationToken).Find(reference.Span) is not { } declaration)
                {
                    continue;
                }

                foreach (var attribute in declaration.Attributes)
                {
                    if (marker.Names.CanBe(attribute.Stem, cancellationToken))
                    {
                        return _sharedStems.Get(cancellationToken).Contains(marker.Stem) ? null : true;
                    }
                }
            }

            return false;
        }

        private bool Bound(INamedTypeSymbol type, SpecAttributeKind kind)
        {
            foreach (var attribute in type.GetAttributes())
            {
                if (_attributeTypes.Classify(attribute.AttributeClass) == kind)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The marker stems that can name another type too: a type in source (nested and generic ones included) or in a
        /// referenced assembly other than the annotations', or a <c>using</c> alias, named <c>Metric</c> or
        /// <c>MetricAttribute</c>, say. Read on first need; a reference's type names are read once per process and
        /// shared by every compilation.
        /// </summary>
        private HashSet<string> ReadSharedStems(CancellationToken cancellationToken)
        {
            var shared = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var marker in new[] { _metric, _goal })
            {
                if (marker.Type is { } markerType && NameIsShared(markerType, marker.Stem, cancellationToken))
                {
                    shared.Add(marker.Stem);
                }
            }

            return shared;
        }

        private bool NameIsShared(INamedTypeSymbol markerType, string stem, CancellationToken cancellationToken)
        {
            var compilation = _attributeTypes.Compilation;
            var names = new[] { stem, markerType.Name };
            foreach (var name in names)
            {
                // The annotations compiled as source count as sharing: binding then decides, as it always may.
                if (compilation.ContainsSymbolsWithName(name, SymbolFilter.Type, cancellationToken))
                {
                    return true;
                }
            }

            foreach (var tree in compilation.SyntaxTrees)
            {
                foreach (var alias in AttributeSyntaxIndex.Get(tree, cancellationToken).Aliases)
                {
                    if (alias.Alias == stem)
                    {
                        return true;
                    }
                }
            }

            foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
            {
                if (SymbolEqualityComparer.Default.Equals(assembly, markerType.ContainingAssembly))
                {
                    continue;
                }

                foreach (var name in names)
                {
                    if (assembly.TypeNames.Contains(name))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>One marker attribute: its type, its name's stem, and every name it can be written with.</summary>
        private sealed class Marker
        {
            public Marker(SpecAttributeTypes attributeTypes, SpecAttributeKind kind, string stem)
            {
                Type = attributeTypes.Get(kind);
                Stem = stem;
                Names = new AttributeNameFilter(attributeTypes.Compilation, stem);
            }

            public INamedTypeSymbol? Type { get; }

            public string Stem { get; }

            public AttributeNameFilter Names { get; }
        }
    }
}
