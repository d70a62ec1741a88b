using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using SpecAnalyzers.Model;

namespace SpecAnalyzers.Specs
{
    /// <summary>
    /// The specs declared in the assemblies a compilation references, read from their attributes in metadata. Only
    /// assemblies that reference the annotations assembly can declare a spec, so every other assembly (the framework,
    /// third-party packages) costs one look at its references.
    /// </summary>
    internal static class ReferencedSpecs
    {
        /// <summary>Every spec of every referenced assembly that can declare one, in reference order.</summary>
        public static IReadOnlyList<ReferencedSpec> Read(Compilation compilation, SpecAttributeTypes types, CancellationToken cancellationToken)
        {
            var all = new List<ReferencedSpec>();
            var specs = new List<SpecModel>();
            foreach (var assembly in SpecAssemblies(compilation, types))
            {
                specs.Clear();
                CollectInMetadata(assembly.GlobalNamespace, types, specs, cancellationToken);
                foreach (var spec in specs)
                {
                    all.Add(new ReferencedSpec(spec, assembly.Identity.Name));
                }
            }

            return all;
        }

        /// <summary>Adds the spec of every type declared under <paramref name="root"/> (nested types included) to <paramref name="specs"/>.</summary>
        private static void CollectInMetadata(INamespaceSymbol root, SpecAttributeTypes types, List<SpecModel> specs, CancellationToken cancellationToken)
        {
            var pending = new Stack<INamespaceOrTypeSymbol>();
            pending.Push(root);
            while (pending.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var container = pending.Pop();

                // A type's other members are never a spec: leave them unread.
                var members = container is INamedTypeSymbol type ? type.GetTypeMembers().CastArray<ISymbol>() : container.GetMembers();
                foreach (var member in members)
                {
                    if (member is INamespaceOrTypeSymbol nested)
                    {
                        pending.Push(nested);
                    }
                }

                if (container is INamedTypeSymbol candidate && SpecTypeReader.Read(candidate, types, cancellationToken)?.Spec is { } spec)
                {
                    specs.Add(spec);
                }
            }
        }

        /// <summary>The assemblies <paramref name="compilation"/> references that can declare specs.</summary>
        private static IEnumerable<IAssemblySymbol> SpecAssemblies(Compilation compilation, SpecAttributeTypes types)
        {
            var annotations = (types.Get(SpecAttributeKind.FeatureFlag) ?? types.Get(SpecAttributeKind.Experiment))?.ContainingAssembly;
            if (annotations is null)
            {
                yield break;
            }

            foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
            {
                if (!SymbolEqualityComparer.Default.Equals(assembly, annotations) && AssemblyReferences.Any(assembly, name => name == annotations.Identity.Name))
                {
                    yield return assembly;
                }
            }
        }
    }
}
