using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SpecAnalyzers.Model
{
    /// <summary>
    /// Finds spec declarations. In source, from syntax: only type declarations whose attributes can be
    /// <c>[FeatureFlag]</c> or <c>[Experiment]</c> (<see cref="AttributeNameFilter"/>) are candidates, so the great
    /// majority of types costs a look at their attribute lists, and no symbol is created for them. In metadata, by walking
    /// the types of the referenced assemblies worth walking — only those that reference the annotations assembly can
    /// declare a spec, so every other assembly (the framework, third-party packages) costs one look at its references.
    /// </summary>
    internal static class SpecDeclarations
    {
        /// <summary>
        /// The type declarations of <paramref name="compilation"/>'s source that can declare a spec, in file order:
        /// those with an attribute that can be <c>[FeatureFlag]</c> or <c>[Experiment]</c>.
        /// </summary>
        public static SpecCandidates SourceCandidates(Compilation compilation, CancellationToken cancellationToken)
        {
            var filter = new AttributeNameFilter(compilation, "FeatureFlag", "Experiment");
            var candidates = ImmutableArray.CreateBuilder<SpecCandidate>();
            foreach (var tree in compilation.SyntaxTrees)
            {
                foreach (var type in AttributeSyntaxIndex.Get(tree, cancellationToken).Types)
                {
                    if (SpecCandidate.TryCreate(type, filter, cancellationToken) is { } candidate)
                    {
                        candidates.Add(candidate);
                    }
                }
            }

            return new SpecCandidates(candidates.ToImmutable());
        }

        /// <summary>Adds the spec of every type declared under <paramref name="root"/> (nested types included) to <paramref name="specs"/>.</summary>
        public static void CollectInMetadata(INamespaceSymbol root, SpecAttributeTypes types, List<SpecModel> specs, CancellationToken cancellationToken)
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

        /// <summary>
        /// The type <paramref name="declaration"/> declares, found by its namespace and containing types' names from the
        /// global namespace down: only the symbols on that path are created, nothing is bound, no semantic model is needed.
        /// </summary>
        public static INamedTypeSymbol? FindDeclaredType(Compilation compilation, TypeDeclarationSyntax declaration)
        {
            var path = new Stack<SyntaxNode>();
            for (SyntaxNode? node = declaration; node is not null; node = node.Parent)
            {
                if (node is TypeDeclarationSyntax or BaseNamespaceDeclarationSyntax)
                {
                    path.Push(node);
                }
            }

            INamespaceOrTypeSymbol container = compilation.Assembly.GlobalNamespace;
            foreach (var step in path)
            {
                var next = step is BaseNamespaceDeclarationSyntax space
                    ? FindNamespace(container, space.Name)
                    : FindType(container, (TypeDeclarationSyntax)step);
                if (next is null)
                {
                    return null;
                }

                container = next;
            }

            return container as INamedTypeSymbol;
        }

        private static INamespaceOrTypeSymbol? FindNamespace(INamespaceOrTypeSymbol container, NameSyntax name)
        {
            switch (name)
            {
                case QualifiedNameSyntax qualified:
                    return FindNamespace(container, qualified.Left) is { } left ? FindNamespace(left, qualified.Right) : null;
                case SimpleNameSyntax simple:
                    foreach (var member in container.GetMembers(simple.Identifier.ValueText))
                    {
                        if (member is INamespaceSymbol space)
                        {
                            return space;
                        }
                    }

                    return null;
                default:
                    return null;
            }
        }

        private static INamedTypeSymbol? FindType(INamespaceOrTypeSymbol container, TypeDeclarationSyntax declaration)
        {
            var arity = declaration.TypeParameterList?.Parameters.Count ?? 0;
            foreach (var type in container.GetTypeMembers(declaration.Identifier.ValueText, arity))
            {
                if (Declares(type, declaration))
                {
                    return type;
                }
            }

            return null;
        }

        private static bool Declares(INamedTypeSymbol type, TypeDeclarationSyntax declaration)
        {
            foreach (var reference in type.DeclaringSyntaxReferences)
            {
                if (reference.SyntaxTree == declaration.SyntaxTree && reference.Span == declaration.Span)
                {
                    return true;
                }
            }

            return false;
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
