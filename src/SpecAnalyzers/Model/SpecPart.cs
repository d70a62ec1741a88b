using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SpecAnalyzers.Model
{
    /// <summary>
    /// One application of a SpecAnalyzers attribute, with its values read through the semantic model (so
    /// constants, concatenations, aliases and named arguments in any order all count) and the locations of
    /// its arguments, so that a diagnostic about a value squiggles that value.
    /// </summary>
    internal sealed class SpecPart
    {
        public SpecPart(SpecAttributeKind kind, AttributeData data, CancellationToken cancellationToken)
        {
            Kind = kind;
            Data = data;
            Syntax = data.ApplicationSyntaxReference?.GetSyntax(cancellationToken) as AttributeSyntax;
        }

        public SpecAttributeKind Kind { get; }

        public AttributeData Data { get; }

        /// <summary>The attribute as written; null for attributes read from metadata.</summary>
        public AttributeSyntax? Syntax { get; }

        public Location Location => Syntax?.GetLocation() ?? Location.None;

        /// <summary>
        /// Whether the constructor argument is there at all. False when the user has not typed it yet or it does
        /// not bind (the compiler reports that), in which case no rule should pile on.
        /// </summary>
        public bool HasConstructorArgument =>
            Data.ConstructorArguments.Length > 0 && Data.ConstructorArguments[0].Kind != TypedConstantKind.Error;

        /// <summary>The first constructor argument as text (key, owner, statement, plan, metric name, objective).</summary>
        public string? Text => HasConstructorArgument ? Data.ConstructorArguments[0].Value as string : null;

        /// <summary>The type named by the first constructor argument (<c>typeof(X)</c>), unless it does not bind.</summary>
        public INamedTypeSymbol? ReferencedType =>
            HasConstructorArgument ? AsType(Data.ConstructorArguments[0]) : null;

        public string? GetNamedString(string name) => TryGetNamed(name, out var value) ? value.Value as string : null;

        public int? GetNamedInt32(string name) =>
            TryGetNamed(name, out var value) && value.Value is int number ? number : null;

        public double? GetNamedDouble(string name)
        {
            if (!TryGetNamed(name, out var value))
            {
                return null;
            }

            return value.Value switch
            {
                double number => number,
                float number => number,
                int number => number,
                long number => number,
                _ => null,
            };
        }

        public INamedTypeSymbol? GetNamedType(string name) => TryGetNamed(name, out var value) ? AsType(value) : null;

        /// <summary>Where the constructor argument is written; the attribute itself when it is not.</summary>
        public Location GetConstructorArgumentLocation()
        {
            var arguments = Syntax?.ArgumentList?.Arguments;
            if (arguments is { } list)
            {
                foreach (var argument in list)
                {
                    if (argument.NameEquals is null)
                    {
                        return argument.Expression.GetLocation();
                    }
                }
            }

            return Location;
        }

        /// <summary>Where the named argument <paramref name="name"/> is written; the attribute itself when it is not.</summary>
        public Location GetNamedArgumentLocation(string name)
        {
            var arguments = Syntax?.ArgumentList?.Arguments;
            if (arguments is { } list)
            {
                foreach (var argument in list)
                {
                    if (argument.NameEquals?.Name.Identifier.ValueText == name)
                    {
                        return argument.Expression.GetLocation();
                    }
                }
            }

            return Location;
        }

        private bool TryGetNamed(string name, out TypedConstant value)
        {
            foreach (var argument in Data.NamedArguments)
            {
                if (string.Equals(argument.Key, name, StringComparison.Ordinal) && argument.Value.Kind != TypedConstantKind.Error)
                {
                    value = argument.Value;
                    return true;
                }
            }

            value = default;
            return false;
        }

        private static INamedTypeSymbol? AsType(TypedConstant constant) =>
            constant.Kind == TypedConstantKind.Type && constant.Value is INamedTypeSymbol { TypeKind: not TypeKind.Error } type
                ? type
                : null;
    }
}
