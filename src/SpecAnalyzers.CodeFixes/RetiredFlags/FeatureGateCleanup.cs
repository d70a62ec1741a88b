using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SpecAnalyzers.CodeFixes.RetiredFlags
{
    /// <summary>
    /// <c>[FeatureGate("k", ...)]</c> with the retired key's value known. The gate passes when all (default) or any of
    /// its keys are enabled, inverted by <c>negate</c>. A gate that now always passes is removed; a gate still decided
    /// by its other keys loses the retired one; a gate that never passes gets no rewrite, because deleting the
    /// action or controller it guards changes routing and public surface: a decision for a person.
    /// </summary>
    internal static class FeatureGateCleanup
    {
        private const string RequirementTypeName = "RequirementType";
        private const string AllMember = "All";

        public static SyntaxNode? Rewrite(SyntaxNode root, SemanticModel model, AttributeArgumentSyntax key, bool enabled, CancellationToken cancellationToken)
        {
            if (key.Parent is not AttributeArgumentListSyntax arguments || arguments.Parent is not AttributeSyntax attribute)
            {
                return null;
            }

            var requiresAll = true;
            var negate = false;
            var otherKeys = 0;
            foreach (var argument in arguments.Arguments)
            {
                if (argument == key)
                {
                    continue;
                }

                var type = model.GetTypeInfo(argument.Expression, cancellationToken).Type;
                if (type is { TypeKind: TypeKind.Enum, Name: RequirementTypeName })
                {
                    requiresAll = model.GetSymbolInfo(argument.Expression, cancellationToken).Symbol?.Name == AllMember;
                }
                else if (type?.SpecialType == SpecialType.System_Boolean)
                {
                    negate = model.GetConstantValue(argument.Expression, cancellationToken).Value is true;
                }
                else
                {
                    otherKeys++;
                }
            }

            bool? passes = requiresAll
                ? enabled ? (otherKeys == 0 ? true : null) : false
                : enabled ? true : (otherKeys == 0 ? false : null);
            if (negate && passes is { } decided)
            {
                passes = !decided;
            }

            return passes switch
            {
                null => root.ReplaceNode(arguments, arguments.WithArguments(arguments.Arguments.Remove(key))),
                true => RemoveAttribute(root, attribute),
                false => null,
            };
        }

        private static SyntaxNode RemoveAttribute(SyntaxNode root, AttributeSyntax attribute)
        {
            var list = (AttributeListSyntax)attribute.Parent!;
            if (list.Attributes.Count > 1)
            {
                return root.ReplaceNode(list, list.WithAttributes(list.Attributes.Remove(attribute)));
            }

            // The list's leading trivia (doc comment, indentation) moves to what follows it; comments between stay.
            var annotation = new SyntaxAnnotation();
            var next = list.GetLastToken().GetNextToken();
            var movedTrivia = list.GetLeadingTrivia().AddRange(next.LeadingTrivia.SkipWhile(t => t.IsKind(SyntaxKind.WhitespaceTrivia)));
            root = root.ReplaceNodes(new SyntaxNode[] { list }, (_, rewritten) => rewritten.WithAdditionalAnnotations(annotation));
            next = root.GetAnnotatedNodes(annotation).Single().GetLastToken().GetNextToken();
            root = root.ReplaceToken(next, next.WithLeadingTrivia(movedTrivia));
            return root.RemoveNode(root.GetAnnotatedNodes(annotation).Single(), SyntaxRemoveOptions.KeepNoTrivia)!;
        }
    }
}
