using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SpecAnalyzers.Model;
using SpecAnalyzers.Specs;

namespace SpecAnalyzers.Evaluations
{
    /// <summary>
    /// Tells, without binding the calling method, that a call to an evaluation method can report nothing: every
    /// argument it passes is a key of a live spec written the way SPEC205 asks, or cannot be a key at all, so none
    /// raises a SPEC2xx finding whichever parameter the method takes its key from.
    /// </summary>
    /// <remarks>
    /// Binding one call makes Roslyn bind and flow-analyse its whole method, and most evaluations in a code base
    /// pass a live spec's <c>Key</c> constant. A name such as <c>Checkout.Key</c> is bound on its own, in the body
    /// of the enclosing type outside any member, where it means what it means in the member unless the member
    /// declares its first identifier; then the call is bound as usual.
    /// </remarks>
    internal sealed class QuietCalls
    {
        private readonly CompilationSpecs _specs;

        public QuietCalls(CompilationSpecs specs)
        {
            _specs = specs;
        }

        public bool IsQuiet(InvocationExpressionSyntax call, SemanticModel semanticModel, CancellationToken cancellationToken)
        {
            foreach (var argument in call.ArgumentList.Arguments)
            {
                if (!argument.RefKindKeyword.IsKind(SyntaxKind.None) || !IsQuiet(argument.Expression, call, semanticModel, cancellationToken))
                {
                    return false;
                }
            }

            return true;
        }

        private bool IsQuiet(ExpressionSyntax argument, InvocationExpressionSyntax call, SemanticModel semanticModel, CancellationToken cancellationToken)
        {
            if (argument is LiteralExpressionSyntax literal)
            {
                // Keys are strings: any other literal is no key, or no valid call.
                return !literal.IsKind(SyntaxKind.StringLiteralExpression) || IsQuietLiteral(literal.Token.ValueText, cancellationToken);
            }

            return FirstIdentifier(argument) is { } first
                && TryFindTypeBody(call, out var member, out var typeBodyPosition)
                && (first.Length == 0 || !IsDeclaredInMember(first, member))
                && semanticModel.GetSpeculativeSymbolInfo(typeBodyPosition, argument, SpeculativeBindingOption.BindAsExpression).Symbol
                    is IFieldSymbol { HasConstantValue: true, ConstantValue: string key }
                && IsLive(key, cancellationToken, out _);
        }

        /// <summary>A literal of a live key is quiet unless the spec has a <c>Key</c> constant to write instead (SPEC205).</summary>
        private bool IsQuietLiteral(string key, CancellationToken cancellationToken) =>
            IsLive(key, cancellationToken, out var spec) && spec.KeyConstantValue != key;

        private bool IsLive(string key, CancellationToken cancellationToken, out SpecModel spec) =>
            _specs.TryGet(key, cancellationToken, out spec) && spec.Phase != SpecPhase.Retired;

        /// <summary>
        /// The first identifier of a dotted name (<c>Checkout</c> of <c>Checkout.Key</c>); empty when it starts with an
        /// alias (<c>global::</c>), which no local can hide; null when the argument is no dotted name.
        /// </summary>
        private static string? FirstIdentifier(ExpressionSyntax expression)
        {
            while (true)
            {
                switch (expression)
                {
                    case IdentifierNameSyntax name:
                        return name.Identifier.ValueText;
                    case AliasQualifiedNameSyntax { Name: IdentifierNameSyntax }:
                        return string.Empty;
                    case MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression, Name: IdentifierNameSyntax } access:
                        expression = access.Expression;
                        break;
                    default:
                        return null;
                }
            }
        }

        /// <summary>A position inside the braces of the type that declares the call's member, and outside all its members.</summary>
        private static bool TryFindTypeBody(SyntaxNode call, out MemberDeclarationSyntax member, out int position)
        {
            member = null!;
            position = 0;
            for (var node = call.Parent; node is not null; node = node.Parent)
            {
                if (node is MemberDeclarationSyntax found)
                {
                    if (found.Parent is not TypeDeclarationSyntax { OpenBraceToken.IsMissing: false } type || found is BaseTypeDeclarationSyntax)
                    {
                        return false;
                    }

                    member = found;
                    position = type.OpenBraceToken.Span.End;
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether the member declares <paramref name="name"/> (a parameter, local, lambda or range variable, local
        /// function, type parameter…). An identifier that is not a <see cref="SimpleNameSyntax"/> declares something;
        /// accessors declare <c>value</c> (and, from C# 14, <c>field</c>) unwritten. The type's own members and primary-constructor
        /// parameters are in scope in its body, where the name is bound.
        /// </summary>
        private static bool IsDeclaredInMember(string name, MemberDeclarationSyntax member)
        {
            if (name is "value" or "field")
            {
                return true;
            }

            foreach (var token in member.DescendantTokens())
            {
                if (token.IsKind(SyntaxKind.IdentifierToken) && token.ValueText == name && token.Parent is not SimpleNameSyntax)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
