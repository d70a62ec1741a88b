using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace SpecAnalyzers.CodeFixes.RetiredFlags
{
    /// <summary>
    /// Puts a known boolean where an expression was and simplifies upwards as far as the value decides things:
    /// <c>!</c>, <c>&amp;&amp;</c>, <c>||</c>, <c>== true</c>, <c>?:</c> and <c>if</c>. <c>true &amp;&amp; x</c> becomes
    /// <c>x</c>; <c>false &amp;&amp; x</c> becomes <c>false</c> and keeps folding. Where nothing is decided any more the
    /// literal stays (<c>Log(true)</c>).
    /// </summary>
    internal static class ConstantConditionFolder
    {
        /// <summary>The new root; null when folding would drop code with side effects (<c>Save() &amp;&amp; false</c>).</summary>
        public static SyntaxNode? Fold(SyntaxNode root, ExpressionSyntax expression, bool value)
        {
            var node = expression;
            while (true)
            {
                switch (node.Parent)
                {
                    case ParenthesizedExpressionSyntax parenthesized:
                        node = parenthesized;
                        continue;

                    case PrefixUnaryExpressionSyntax not when not.IsKind(SyntaxKind.LogicalNotExpression):
                        node = not;
                        value = !value;
                        continue;

                    case BinaryExpressionSyntax logical when logical.IsKind(SyntaxKind.LogicalAndExpression) || logical.IsKind(SyntaxKind.LogicalOrExpression):
                        var isAnd = logical.IsKind(SyntaxKind.LogicalAndExpression);
                        var other = logical.Left == node ? logical.Right : logical.Left;
                        if (value == isAnd)
                        {
                            // true && x, x || false: the other operand decides.
                            return root.ReplaceNode(logical, Parenthesize(other, logical));
                        }

                        // false && x, x && false: decided; an operand evaluated before this one must have had no effect.
                        if (logical.Left == other && !SideEffectFree.Is(other))
                        {
                            return null;
                        }

                        node = logical;
                        continue;

                    case BinaryExpressionSyntax equality when IsComparisonWithBoolean(equality, node, out var literal):
                        value = (value == literal) == equality.IsKind(SyntaxKind.EqualsExpression);
                        node = equality;
                        continue;

                    case ConditionalExpressionSyntax conditional when conditional.Condition == node:
                        return root.ReplaceNode(conditional, Parenthesize(value ? conditional.WhenTrue : conditional.WhenFalse, conditional));

                    case IfStatementSyntax ifStatement when ifStatement.Condition == node:
                        return StatementCleanup.ReplaceIf(root, ifStatement, value);

                    case ExpressionStatementSyntax statement:
                        // The value was never used: the evaluation was all there was.
                        return StatementCleanup.Replace(root, statement, kept: null);

                    default:
                        return root.ReplaceNode(node, Literal(value).WithTriviaFrom(node));
                }
            }
        }

        public static LiteralExpressionSyntax Literal(bool value) =>
            SyntaxFactory.LiteralExpression(value ? SyntaxKind.TrueLiteralExpression : SyntaxKind.FalseLiteralExpression);

        private static bool IsComparisonWithBoolean(BinaryExpressionSyntax binary, ExpressionSyntax operand, out bool literal)
        {
            literal = false;
            if (!binary.IsKind(SyntaxKind.EqualsExpression) && !binary.IsKind(SyntaxKind.NotEqualsExpression))
            {
                return false;
            }

            var other = binary.Left == operand ? binary.Right : binary.Left;
            if (other.IsKind(SyntaxKind.TrueLiteralExpression) || other.IsKind(SyntaxKind.FalseLiteralExpression))
            {
                literal = other.IsKind(SyntaxKind.TrueLiteralExpression);
                return true;
            }

            return false;
        }

        /// <summary>Parentheses the simplifier removes again wherever they are not needed.</summary>
        private static ExpressionSyntax Parenthesize(ExpressionSyntax kept, ExpressionSyntax replaced) =>
            SyntaxFactory.ParenthesizedExpression(kept.WithoutTrivia())
                .WithTriviaFrom(replaced)
                .WithAdditionalAnnotations(Simplifier.Annotation);
    }
}
