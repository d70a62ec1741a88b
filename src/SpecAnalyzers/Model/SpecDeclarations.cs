using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace SpecAnalyzers.Model
{
    /// <summary>
    /// Finds spec declarations by walking symbols: every type under a namespace (nested types included), and the
    /// referenced assemblies worth walking — only those that reference the annotations assembly can declare a spec,
    /// so every other assembly (the framework, third-party packages) costs one look at its list of references.
    /// </summary>
    internal static class SpecDeclarations
    {
        /// <summary>Adds the spec of every type declared under <paramref name="root"/> to <paramref name="specs"/>.</summary>
        public static void Collect(INamespaceSymbol root, SpecAttributeTypes types, List<SpecModel> specs, CancellationToken cancellationToken)
        {
            var pending = new Stack<INamespaceOrTypeSymbol>();
            pending.Push(root);
            while (pending.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var container = pending.Pop();
                foreach (var member in container.GetMembers())
                {
                    if (member is INamespaceOrTypeSymbol nested)
                    {
                        pending.Push(nested);
                    }
                }

                if (container is INamedTypeSymbol type && SpecTypeReader.Read(type, types, cancellationToken)?.Spec is { } spec)
                {
                    specs.Add(spec);
                }
            }
        }

        /// <summary>The assemblies <paramref name="compilation"/> references that can declare specs.</summary>
        public static IEnumerable<IAssemblySymbol> ReferencedSpecAssemblies(Compilation compilation, SpecAttributeTypes types)
        {
            var annotations = (types.Get(SpecAttributeKind.FeatureFlag) ?? types.Get(SpecAttributeKind.Experiment))?.ContainingAssembly;
            if (annotations is null)
            {
                yield break;
            }

            foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
            {
                if (!SymbolEqualityComparer.Default.Equals(assembly, annotations) && References(assembly, annotations.Identity.Name))
                {
                    yield return assembly;
                }
            }
        }

        private static bool References(IAssemblySymbol assembly, string assemblyName)
        {
            foreach (var module in assembly.Modules)
            {
                foreach (var identity in module.ReferencedAssemblies)
                {
                    if (identity.Name == assemblyName)
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
