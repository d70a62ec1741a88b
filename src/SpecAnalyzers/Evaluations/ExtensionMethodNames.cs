using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using SpecAnalyzers.SyntaxFilter;

namespace SpecAnalyzers.Evaluations
{
    /// <summary>
    /// The names of the extension methods a team writes on a flag client (<c>IsOnAsync(this IFeatureManager, string)</c>),
    /// so that calls to them are searched for like the library's own methods. Found in source from syntax, in the walk
    /// of each tree that <see cref="AttributeSyntaxIndex"/> makes anyway (the IDE reuses the trees of unchanged files),
    /// and in the referenced assemblies that use a flag library, read once per assembly. Whether a found method really extends a flag client is decided when a call to it is bound.
    /// </summary>
    internal static class ExtensionMethodNames
    {
        private static readonly ConditionalWeakTable<IAssemblySymbol, WrittenExtensionMethod[]> InMetadata = new();

        public static IEnumerable<string> Find(Compilation compilation, IEnumerable<string> receiverNames, CancellationToken cancellationToken)
        {
            var receivers = new HashSet<string>(receiverNames, System.StringComparer.Ordinal);
            var names = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var tree in compilation.SyntaxTrees)
            {
                cancellationToken.ThrowIfCancellationRequested();
                AddExtending(AttributeSyntaxIndex.Get(tree, cancellationToken).ExtensionMethods, receivers, names);
            }

            var libraries = new HashSet<string>(System.StringComparer.Ordinal) { "Microsoft.FeatureManagement", "OpenFeature" };
            foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
            {
                if (!libraries.Contains(assembly.Identity.Name) && AssemblyReferences.Any(assembly, libraries.Contains))
                {
                    AddExtending(InMetadata.GetValue(assembly, ReadMetadata), receivers, names);
                }
            }

            return names;
        }

        private static void AddExtending(IReadOnlyList<WrittenExtensionMethod> methods, HashSet<string> receivers, HashSet<string> names)
        {
            foreach (var method in methods)
            {
                if (receivers.Contains(method.ExtendedTypeName))
                {
                    names.Add(method.Name);
                }
            }
        }

        private static WrittenExtensionMethod[] ReadMetadata(IAssemblySymbol assembly)
        {
            var found = new List<WrittenExtensionMethod>();
            var pending = new Stack<INamespaceSymbol>();
            pending.Push(assembly.GlobalNamespace);
            while (pending.Count > 0)
            {
                var space = pending.Pop();
                foreach (var nested in space.GetNamespaceMembers())
                {
                    pending.Push(nested);
                }

                foreach (var type in space.GetTypeMembers())
                {
                    if (!type.IsStatic || !type.MightContainExtensionMethods)
                    {
                        continue;
                    }

                    foreach (var member in type.GetMembers())
                    {
                        if (member is IMethodSymbol { IsExtensionMethod: true, Parameters.Length: > 1 } method)
                        {
                            found.Add(new WrittenExtensionMethod(method.Name, method.Parameters[0].Type.Name));
                        }
                    }
                }
            }

            return found.ToArray();
        }
    }
}
