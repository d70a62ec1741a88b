using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace SpecAnalyzers.Model
{
    /// <summary>
    /// The spec keys declared in the assemblies a compilation references, read from their attributes in metadata.
    /// Only assemblies that themselves reference the annotations assembly can declare specs, so every other
    /// assembly (the framework, third-party packages) costs one look at its list of references.
    /// </summary>
    internal static class ReferencedSpecKeys
    {
        public static List<DeclaredSpecKey> Read(Compilation compilation, SpecAttributeTypes types, CancellationToken cancellationToken)
        {
            var keys = new List<DeclaredSpecKey>();
            var annotations = (types.Get(SpecAttributeKind.FeatureFlag) ?? types.Get(SpecAttributeKind.Experiment))?.ContainingAssembly;
            if (annotations is null)
            {
                return keys;
            }

            foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (References(assembly, annotations.Identity.Name))
                {
                    CollectFrom(assembly, types, keys, cancellationToken);
                }
            }

            return keys;
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

        private static void CollectFrom(IAssemblySymbol assembly, SpecAttributeTypes types, List<DeclaredSpecKey> keys, CancellationToken cancellationToken)
        {
            var pending = new Stack<INamespaceOrTypeSymbol>();
            pending.Push(assembly.GlobalNamespace);
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

                if (container is INamedTypeSymbol type
                    && SpecTypeReader.Read(type, types, cancellationToken)?.Spec is { Key: { } key } spec
                    && !string.IsNullOrWhiteSpace(key))
                {
                    keys.Add(new DeclaredSpecKey(key, spec.DisplayName + " in " + assembly.Identity.Name, Location.None));
                }
            }
        }
    }
}
