using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SpecAnalyzers.CodeFixes.RetiredFlags
{
    /// <summary>
    /// Expressions the cleanup may drop because evaluating them did nothing observable: names, member reads,
    /// literals, and operators over those. Calls, awaits, assignments and increments are not.
    /// </summary>
    internal static class SideEffectFree
    {
        public static bool Is(ExpressionSyntax expression) => expression switch
        {
            IdentifierNameSyntax or LiteralExpressionSyntax or ThisExpressionSyntax or PredefinedTypeSyntax => true,
            MemberAccessExpressionSyntax access => Is(access.Expression),
            ParenthesizedExpressionSyntax parenthesized => Is(parenthesized.Expression),
            PrefixUnaryExpressionSyntax unary => unary.IsKind(SyntaxKind.LogicalNotExpression) && Is(unary.Operand),
            BinaryExpressionSyntax binary => !binary.IsKind(SyntaxKind.CoalesceExpression) && Is(binary.Left) && Is(binary.Right),
            IsPatternExpressionSyntax pattern => Is(pattern.Expression),
            _ => false,
        };
    }
}
