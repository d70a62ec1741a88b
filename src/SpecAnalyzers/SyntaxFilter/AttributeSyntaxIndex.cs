using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SpecAnalyzers.SyntaxFilter
{
    /// <summary>
    /// What one syntax tree says, in syntax alone, about the attributes of its types: every type declaration that has
    /// attributes, with the names those attributes are written with, and every <c>using</c> alias of a type; and, from
    /// the same walk, the classes that declare a base list (the only ones that can be feature filters,
    /// <see cref="Configuration.RegisteredFilters"/>) and the extension methods of top-level static classes (a team's own
    /// evaluation methods, <see cref="Evaluations.ExtensionMethodNames"/>). Read once
    /// per tree and kept as long as the tree lives: after a keystroke the IDE builds a new compilation over the same
    /// trees but the one edited, so finding the specs of a large project then reads one file's syntax, not all of them.
    /// </summary>
    internal sealed class AttributeSyntaxIndex
    {
        private const string AttributeSuffix = "Attribute";

        private static readonly ConditionalWeakTable<SyntaxTree, AttributeSyntaxIndex> Indexes = new();

        private AttributeSyntaxIndex(
            ImmutableArray<AttributedType> types,
            ImmutableArray<TypeAlias> aliases,
            ImmutableArray<TypeDeclarationSyntax> classesWithBaseList,
            ImmutableArray<WrittenExtensionMethod> extensionMethods)
        {
            Types = types;
            Aliases = aliases;
            ClassesWithBaseList = classesWithBaseList;
            ExtensionMethods = extensionMethods;
        }

        /// <summary>The type declarations with at least one attribute, in file order (nested types after their container).</summary>
        public ImmutableArray<AttributedType> Types { get; }

        public ImmutableArray<TypeAlias> Aliases { get; }

        /// <summary>The class and record class declarations that have a base list, in file order (nested types after their container).</summary>
        public ImmutableArray<TypeDeclarationSyntax> ClassesWithBaseList { get; }

        /// <summary>The extension methods of top-level static classes, in file order: extension methods live nowhere else.</summary>
        public ImmutableArray<WrittenExtensionMethod> ExtensionMethods { get; }

        public static AttributeSyntaxIndex Get(SyntaxTree tree, CancellationToken cancellationToken)
        {
            if (Indexes.TryGetValue(tree, out var index))
            {
                return index;
            }

            // Two threads may read one tree at once; both read the same, and the first one kept wins.
            return Indexes.GetValue(tree, _ => Read(tree, cancellationToken));
        }

        /// <summary><c>FeatureFlagAttribute</c> and <c>FeatureFlag</c> name one attribute type: names compare without the suffix.</summary>
        public static string Stem(string name) =>
            name.Length > AttributeSuffix.Length && name.EndsWith(AttributeSuffix, System.StringComparison.Ordinal)
                ? name.Substring(0, name.Length - AttributeSuffix.Length)
                : name;

        /// <summary>The name a possibly qualified name ends with: <c>FeatureFlag</c> of <c>global::SpecAnalyzers.FeatureFlag</c>.</summary>
        public static string? RightmostName(NameSyntax name) => name switch
        {
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax aliasQualified => aliasQualified.Name.Identifier.ValueText,
            _ => null,
        };

        private static AttributeSyntaxIndex Read(SyntaxTree tree, CancellationToken cancellationToken)
        {
            var types = ImmutableArray.CreateBuilder<AttributedType>();
            var aliases = ImmutableArray.CreateBuilder<TypeAlias>();
            var classesWithBaseList = ImmutableArray.CreateBuilder<TypeDeclarationSyntax>();
            var extensionMethods = ImmutableArray.CreateBuilder<WrittenExtensionMethod>();
            if (tree.GetRoot(cancellationToken) is CompilationUnitSyntax root)
            {
                AddAliases(root.Usings, aliases);
                AddMembers(root.Members, types, aliases, classesWithBaseList, extensionMethods, cancellationToken);
            }

            return new AttributeSyntaxIndex(types.ToImmutable(), aliases.ToImmutable(), classesWithBaseList.ToImmutable(), extensionMethods.ToImmutable());
        }

        private static void AddMembers(
            SyntaxList<MemberDeclarationSyntax> members,
            ImmutableArray<AttributedType>.Builder types,
            ImmutableArray<TypeAlias>.Builder aliases,
            ImmutableArray<TypeDeclarationSyntax>.Builder classesWithBaseList,
            ImmutableArray<WrittenExtensionMethod>.Builder? extensionMethods,
            CancellationToken cancellationToken)
        {
            foreach (var member in members)
            {
                switch (member)
                {
                    case BaseNamespaceDeclarationSyntax space:
                        AddAliases(space.Usings, aliases);
                        AddMembers(space.Members, types, aliases, classesWithBaseList, extensionMethods, cancellationToken);
                        break;
                    case TypeDeclarationSyntax type:
                        cancellationToken.ThrowIfCancellationRequested();
                        if (type.AttributeLists.Count > 0)
                        {
                            types.Add(new AttributedType(type, ReadAttributes(type)));
                        }

                        if (type.BaseList is not null && type.Kind() is SyntaxKind.ClassDeclaration or SyntaxKind.RecordDeclaration)
                        {
                            classesWithBaseList.Add(type);
                        }

                        // Only a top-level static class declares extension methods: other types pass no builder to their members.
                        var declaresExtensions = extensionMethods is not null
                            && type.Parent is BaseNamespaceDeclarationSyntax or CompilationUnitSyntax
                            && type.IsKind(SyntaxKind.ClassDeclaration)
                            && type.Modifiers.Any(SyntaxKind.StaticKeyword);
                        AddMembers(type.Members, types, aliases, classesWithBaseList, declaresExtensions ? extensionMethods : null, cancellationToken);
                        break;
                    case MethodDeclarationSyntax { ParameterList.Parameters: { Count: > 1 } parameters } method
                        when extensionMethods is not null
                            && method.Parent is ClassDeclarationSyntax
                            && parameters[0].Modifiers.Any(SyntaxKind.ThisKeyword)
                            && parameters[0].Type is NameSyntax extended
                            && RightmostName(extended) is { } extendedName:
                        extensionMethods.Add(new WrittenExtensionMethod(method.Identifier.ValueText, extendedName));
                        break;
                }
            }
        }

        private static ImmutableArray<WrittenAttribute> ReadAttributes(TypeDeclarationSyntax type)
        {
            var attributes = ImmutableArray.CreateBuilder<WrittenAttribute>();
            foreach (var list in type.AttributeLists)
            {
                foreach (var attribute in list.Attributes)
                {
                    if (RightmostName(attribute.Name) is { } name)
                    {
                        attributes.Add(new WrittenAttribute(Stem(name), FirstArgumentText(attribute, type)));
                    }
                }
            }

            return attributes.ToImmutable();
        }

        /// <summary>
        /// The string the first argument certainly holds when syntax alone tells: a literal, or the name of a
        /// <c>const string</c> the same declaration initialises with a literal (<c>[Experiment(Key)]</c>). Null otherwise.
        /// </summary>
        private static string? FirstArgumentText(AttributeSyntax attribute, TypeDeclarationSyntax type)
        {
            if (attribute.ArgumentList is not { Arguments: { Count: > 0 } arguments } || arguments[0].NameEquals is not null)
            {
                return null;
            }

            switch (arguments[0].Expression)
            {
                case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression):
                    return literal.Token.ValueText;
                case IdentifierNameSyntax identifier:
                    return ConstantText(type, identifier.Identifier.ValueText);
                default:
                    return null;
            }
        }

        private static string? ConstantText(TypeDeclarationSyntax type, string name)
        {
            foreach (var member in type.Members)
            {
                if (member is not FieldDeclarationSyntax field || !field.Modifiers.Any(SyntaxKind.ConstKeyword))
                {
                    continue;
                }

                foreach (var variable in field.Declaration.Variables)
                {
                    if (variable.Identifier.ValueText == name)
                    {
                        return variable.Initializer?.Value is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression)
                            ? literal.Token.ValueText
                            : null;
                    }
                }
            }

            return null;
        }

        private static void AddAliases(SyntaxList<UsingDirectiveSyntax> usings, ImmutableArray<TypeAlias>.Builder aliases)
        {
            foreach (var directive in usings)
            {
                if (directive.Alias is { } alias
                    && directive.NamespaceOrType is NameSyntax target
                    && RightmostName(target) is { } targetName)
                {
                    aliases.Add(new TypeAlias(Stem(alias.Name.Identifier.ValueText), Stem(targetName)));
                }
            }
        }
    }
}
