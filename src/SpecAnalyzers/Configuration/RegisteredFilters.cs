using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using SpecAnalyzers.Evaluations;
using SpecAnalyzers.SyntaxFilter;

namespace SpecAnalyzers.Configuration
{
    /// <summary>
    /// The feature filters a compilation can register: the library's built-in ones, and every class implementing
    /// Microsoft.FeatureManagement's <c>IFeatureFilterMetadata</c> in the compilation or in an assembly it references
    /// that uses the library, by its <c>[FilterAlias]</c> or its class name (<see cref="FeatureFilterNames"/>).
    /// Read on first need: only a configuration naming a filter that is not built in pays for the walk. In source, only
    /// the classes whose declarations have a base list are bound (a class without one implements nothing): binding
    /// every class's interfaces cost up to 60 ms in a test project. They are found in each tree's
    /// <see cref="AttributeSyntaxIndex"/>, which the spec analyzers read anyway: walking every type declaration again
    /// here cost 17 ms at 10,000 types, types bound.
    /// </summary>
    internal sealed class RegisteredFilters
    {
        private const string FilterMetadataTypeName = "Microsoft.FeatureManagement.IFeatureFilterMetadata";
        private const string FilterAliasTypeName = "Microsoft.FeatureManagement.FilterAliasAttribute";

        /// <summary>For a compilation that does not use Microsoft.FeatureManagement: nothing can be said about its filters, so every name passes.</summary>
        public static readonly RegisteredFilters Unknown = new(names: null);

        private readonly List<string>? _names;

        private RegisteredFilters(List<string>? names)
        {
            _names = names;
        }

        public static RegisteredFilters Read(Compilation compilation, CancellationToken cancellationToken)
        {
            if (LibraryTypes.Find(compilation, EvaluationMethodCatalog.FeatureManagementLibrary, FilterMetadataTypeName) is not { } filterMetadata)
            {
                return Unknown;
            }

            var aliasAttribute = LibraryTypes.Find(compilation, EvaluationMethodCatalog.FeatureManagementLibrary, FilterAliasTypeName);
            var names = new List<string>();
            var seen = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
            CollectInSource(compilation, filterMetadata, aliasAttribute, seen, names, cancellationToken);
            foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
            {
                if (!SymbolEqualityComparer.Default.Equals(assembly, filterMetadata.ContainingAssembly) && References(assembly, filterMetadata.ContainingAssembly))
                {
                    CollectInMetadata(assembly.GlobalNamespace, filterMetadata, aliasAttribute, seen, names, cancellationToken);
                }
            }

            return new RegisteredFilters(names);
        }

        public bool IsRegistered(string configuredName)
        {
            if (_names is null || FeatureFilterNames.IsBuiltIn(configuredName))
            {
                return true;
            }

            foreach (var name in _names)
            {
                if (FeatureFilterNames.Matches(name, configuredName))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool References(IAssemblySymbol assembly, IAssemblySymbol library)
        {
            foreach (var module in assembly.Modules)
            {
                foreach (var identity in module.ReferencedAssemblies)
                {
                    if (identity.Name == library.Identity.Name)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static void CollectInSource(
            Compilation compilation,
            INamedTypeSymbol filterMetadata,
            INamedTypeSymbol? aliasAttribute,
            HashSet<INamedTypeSymbol> seen,
            List<string> names,
            CancellationToken cancellationToken)
        {
            foreach (var tree in compilation.SyntaxTrees)
            {
                foreach (var declaration in AttributeSyntaxIndex.Get(tree, cancellationToken).ClassesWithBaseList)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    AddIfFilter(DeclaredTypeLookup.Find(compilation, declaration), filterMetadata, aliasAttribute, seen, names);
                }
            }
        }

        private static void AddIfFilter(
            INamedTypeSymbol? type,
            INamedTypeSymbol filterMetadata,
            INamedTypeSymbol? aliasAttribute,
            HashSet<INamedTypeSymbol> seen,
            List<string> names)
        {
            if (type is { TypeKind: TypeKind.Class, IsAbstract: false } && Implements(type, filterMetadata) && seen.Add(type))
            {
                names.Add(Alias(type, aliasAttribute) ?? FeatureFilterNames.FromClassName(type.Name));
            }
        }

        private static void CollectInMetadata(
            INamespaceOrTypeSymbol container,
            INamedTypeSymbol filterMetadata,
            INamedTypeSymbol? aliasAttribute,
            HashSet<INamedTypeSymbol> seen,
            List<string> names,
            CancellationToken cancellationToken)
        {
            foreach (var member in container.GetMembers())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (member is INamespaceOrTypeSymbol nested)
                {
                    AddIfFilter(member as INamedTypeSymbol, filterMetadata, aliasAttribute, seen, names);
                    CollectInMetadata(nested, filterMetadata, aliasAttribute, seen, names, cancellationToken);
                }
            }
        }

        private static bool Implements(INamedTypeSymbol type, INamedTypeSymbol filterMetadata)
        {
            foreach (var implemented in type.AllInterfaces)
            {
                if (SymbolEqualityComparer.Default.Equals(implemented, filterMetadata))
                {
                    return true;
                }
            }

            return false;
        }

        private static string? Alias(INamedTypeSymbol type, INamedTypeSymbol? aliasAttribute)
        {
            foreach (var attribute in type.GetAttributes())
            {
                if (aliasAttribute is not null
                    && SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, aliasAttribute)
                    && attribute.ConstructorArguments.Length == 1
                    && attribute.ConstructorArguments[0].Value is string { Length: > 0 } alias)
                {
                    return alias;
                }
            }

            return null;
        }
    }
}
