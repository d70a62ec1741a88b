using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SpecAnalyzers.Evaluations
{
    /// <summary>
    /// The names of the extension methods a team writes on a flag client (<c>IsOnAsync(this IFeatureManager, string)</c>),
    /// so that calls to them are searched for like the library's own methods. Found in source from syntax, read once per
    /// syntax tree (the IDE reuses the trees of unchanged files), and in the referenced assemblies that use a flag library,
    /// read once per assembly. Whether a found method really extends a flag client is decided when a call to it is bound.
    /// </summary>
    internal static class ExtensionMethodNames
    {
        private static readonly ConditionalWeakTable<SyntaxTree, ExtensionMethod[]> InSource = new();
        private static readonly ConditionalWeakTable<IAssemblySymbol, ExtensionMethod[]> InMetadata = new();

        public static IEnumerable<string> Find(Compilation compilation, IEnumerable<string> receiverNames, CancellationToken cancellationToken)
        {
            var receivers = new HashSet<string>(receiverNames, System.StringComparer.Ordinal);
            var names = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var tree in compilation.SyntaxTrees)
            {
                cancellationToken.ThrowIfCancellationRequested();
                AddExtending(InSource.GetValue(tree, ReadSource), receivers, names);
            }

            var libraries = new HashSet<string>(System.StringComparer.Ordinal) { "Microsoft.FeatureManagement", "OpenFeature" };
            foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
            {
                if (!libraries.Contains(assembly.Identity.Name) && References(assembly, libraries))
                {
                    AddExtending(InMetadata.GetValue(assembly, ReadMetadata), receivers, names);
                }
            }

            return names;
        }

        private static void AddExtending(ExtensionMethod[] methods, HashSet<string> receivers, HashSet<string> names)
        {
            foreach (var method in methods)
            {
                if (receivers.Contains(method.ExtendedTypeName))
                {
                    names.Add(method.Name);
                }
            }
        }

        /// <summary>Extension methods live in top-level static classes: nothing deeper is read.</summary>
        private static ExtensionMethod[] ReadSource(SyntaxTree tree)
        {
            var found = new List<ExtensionMethod>();
            var pending = new Stack<SyntaxNode>();
            pending.Push(tree.GetRoot());
            while (pending.Count > 0)
            {
                foreach (var member in pending.Pop().ChildNodes())
                {
                    switch (member)
                    {
                        case BaseNamespaceDeclarationSyntax space:
                            pending.Push(space);
                            break;
                        case ClassDeclarationSyntax type when type.Modifiers.Any(SyntaxKind.StaticKeyword):
                            AddSourceMethods(type, found);
                            break;
                    }
                }
            }

            return found.ToArray();
        }

        private static void AddSourceMethods(ClassDeclarationSyntax type, List<ExtensionMethod> found)
        {
            foreach (var member in type.Members)
            {
                if (member is MethodDeclarationSyntax { ParameterList.Parameters: { Count: > 1 } parameters } method
                    && parameters[0].Modifiers.Any(SyntaxKind.ThisKeyword)
                    && parameters[0].Type is { } extended
                    && SimpleName(extended) is { } extendedName)
                {
                    found.Add(new ExtensionMethod(method.Identifier.ValueText, extendedName));
                }
            }
        }

        private static string? SimpleName(TypeSyntax type) => type switch
        {
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax aliased => aliased.Name.Identifier.ValueText,
            _ => null,
        };

        private static ExtensionMethod[] ReadMetadata(IAssemblySymbol assembly)
        {
            var found = new List<ExtensionMethod>();
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
                            found.Add(new ExtensionMethod(method.Name, method.Parameters[0].Type.Name));
                        }
                    }
                }
            }

            return found.ToArray();
        }

        private static bool References(IAssemblySymbol assembly, HashSet<string> assemblyNames) =>
            assembly.Modules.Any(module => module.ReferencedAssemblies.Any(identity => assemblyNames.Contains(identity.Name)));

        /// <param name="ExtendedTypeName">The simple name of the <c>this</c> parameter's type, as written.</param>
        private sealed record ExtensionMethod(string Name, string ExtendedTypeName);
    }
}
