using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SpecAnalyzers.CodeFixes.RetiredFlags
{
    /// <summary>
    /// Removes one evaluation of a retired flag, keeping the path its outcome chose. Supported: a boolean
    /// evaluation (awaited, <c>.ConfigureAwait(false)</c>, <c>.Result</c>, <c>.GetAwaiter().GetResult()</c>, or a
    /// synchronous in-house method) in any expression, folded upwards by <see cref="ConstantConditionFolder"/>; a
    /// local that holds it (<c>var on = await …; if (on)</c>); and <c>[FeatureGate]</c>. Anything else (an
    /// unawaited task, a variant) gets no rewrite.
    /// </summary>
    internal static class RetiredFlagCleanup
    {
        /// <summary>The new root, or null when the shape at <paramref name="target"/> is not one the cleanup can rewrite safely.</summary>
        public static SyntaxNode? TryRewrite(SyntaxNode root, SemanticModel model, SyntaxNode target, bool enabled, CancellationToken cancellationToken)
        {
            switch (target)
            {
                case InvocationExpressionSyntax invocation:
                    var value = BooleanResult(invocation, model, cancellationToken);
                    if (value is null)
                    {
                        return null;
                    }

                    return value.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator }
                        ? RewriteLocal(root, model, declarator, enabled, cancellationToken)
                        : ConstantConditionFolder.Fold(root, value, enabled);

                case ExpressionSyntax { Parent: AttributeArgumentSyntax argument }:
                    return FeatureGateCleanup.Rewrite(root, model, argument, enabled, cancellationToken);

                default:
                    return null;
            }
        }

        /// <summary>The expression whose value is the flag's boolean: the call itself or what awaits it.</summary>
        private static ExpressionSyntax? BooleanResult(InvocationExpressionSyntax invocation, SemanticModel model, CancellationToken cancellationToken)
        {
            ExpressionSyntax node = invocation;
            if (Member(node, "ConfigureAwait") is { Parent: InvocationExpressionSyntax configured })
            {
                node = configured;
            }

            if (node.Parent is AwaitExpressionSyntax awaited)
            {
                node = awaited;
            }
            else if (Member(node, "Result") is { } result)
            {
                node = result;
            }
            else if (Member(node, "GetAwaiter") is { Parent: InvocationExpressionSyntax awaiter }
                && Member(awaiter, "GetResult") is { Parent: InvocationExpressionSyntax getResult })
            {
                node = getResult;
            }

            return model.GetTypeInfo(node, cancellationToken).Type?.SpecialType == SpecialType.System_Boolean ? node : null;
        }

        private static MemberAccessExpressionSyntax? Member(ExpressionSyntax expression, string name) =>
            expression.Parent is MemberAccessExpressionSyntax access && access.Expression == expression && access.Name.Identifier.ValueText == name
                ? access
                : null;

        /// <summary><c>var enabled = await …;</c>: every read of the local becomes the value, then the local goes.</summary>
        private static SyntaxNode? RewriteLocal(SyntaxNode root, SemanticModel model, VariableDeclaratorSyntax declarator, bool enabled, CancellationToken cancellationToken)
        {
            if (declarator.Parent is not VariableDeclarationSyntax { Variables.Count: 1, Parent: LocalDeclarationStatementSyntax declaration }
                || !declaration.UsingKeyword.IsKind(SyntaxKind.None)
                || model.GetDeclaredSymbol(declarator, cancellationToken) is not ILocalSymbol local
                || declaration.Parent is null)
            {
                return null;
            }

            var reads = declaration.Parent.DescendantNodes()
                .OfType<IdentifierNameSyntax>()
                .Where(name => name.Identifier.ValueText == local.Name
                    && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(name, cancellationToken).Symbol, local))
                .ToList();
            if (reads.Any(IsWritten))
            {
                return null;
            }

            var tracked = root.TrackNodes(reads.Cast<SyntaxNode>().Append(declaration));
            foreach (var read in reads)
            {
                if (tracked.GetCurrentNode(read) is { } current)
                {
                    var folded = ConstantConditionFolder.Fold(tracked, current, enabled);
                    if (folded is null)
                    {
                        return null;
                    }

                    tracked = folded;
                }
            }

            return tracked.GetCurrentNode(declaration) is { } remaining
                ? StatementCleanup.Replace(tracked, remaining, kept: null)
                : tracked;
        }

        private static bool IsWritten(IdentifierNameSyntax name) => name.Parent switch
        {
            AssignmentExpressionSyntax assignment => assignment.Left == name,
            ArgumentSyntax argument => !argument.RefKindKeyword.IsKind(SyntaxKind.None),
            PrefixUnaryExpressionSyntax unary => !unary.IsKind(SyntaxKind.LogicalNotExpression),
            PostfixUnaryExpressionSyntax => true,
            _ => false,
        };
    }
}
