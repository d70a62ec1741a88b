using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SpecAnalyzers.SyntaxFilter
{
    /// <summary>Finds the symbol a type declaration declares without a semantic model: nothing is bound.</summary>
    internal static class DeclaredTypeLookup
    {
        /// <summary>
        /// The type <paramref name="declaration"/> declares, found by its namespace and containing types' names from the
        /// global namespace down: only the symbols on that path are created, nothing is bound, no semantic model is needed.
        /// </summary>
        public static INamedTypeSymbol? Find(Compilation compilation, TypeDeclarationSyntax declaration)
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
    }
}
