using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;

namespace SpecAnalyzers.CodeFixes.RetiredFlags
{
    /// <summary>
    /// Replaces a statement whose outcome is now known by the path that runs: a kept block is unwrapped into the
    /// statement list around it (its comments kept, re-indented), statements a kept <c>return</c> or <c>throw</c>
    /// makes unreachable are removed, and nothing is left that the compiler would call dead.
    /// </summary>
    internal static class StatementCleanup
    {
        public static SyntaxNode ReplaceIf(SyntaxNode root, IfStatementSyntax ifStatement, bool condition) =>
            Replace(root, ifStatement, condition ? ifStatement.Statement : ifStatement.Else?.Statement);

        /// <param name="kept">What runs instead of <paramref name="statement"/>; null when nothing does.</param>
        public static SyntaxNode Replace(SyntaxNode root, StatementSyntax statement, StatementSyntax? kept)
        {
            if (statement.Parent is ElseClauseSyntax { Parent: IfStatementSyntax outer })
            {
                return kept is null
                    ? root.ReplaceNode(outer, outer.WithElse(null).WithTrailingTrivia(outer.Statement.GetTrailingTrivia()))
                    : root.ReplaceNode(statement, kept.WithTriviaFrom(statement).WithAdditionalAnnotations(Formatter.Annotation));
            }

            switch (statement.Parent)
            {
                case BlockSyntax block:
                    return root.ReplaceNode(block, block.WithStatements(List(Splice(block.Statements, statement, kept, IsBody(block)))));
                case SwitchSectionSyntax section:
                    return root.ReplaceNode(section, section.WithStatements(List(Splice(section.Statements, statement, kept, isBody: false))));
                case GlobalStatementSyntax { Parent: CompilationUnitSyntax unit } global:
                    return root.ReplaceNode(unit, ReplaceGlobal(unit, global, kept));
                default:
                    // An embedded statement (the body of another if, a loop, a using) must stay one statement.
                    var replacement = kept ?? SyntaxFactory.Block();
                    return root.ReplaceNode(statement, replacement.WithTriviaFrom(statement).WithAdditionalAnnotations(Formatter.Annotation));
            }
        }

        private static CompilationUnitSyntax ReplaceGlobal(CompilationUnitSyntax unit, GlobalStatementSyntax global, StatementSyntax? kept)
        {
            var index = unit.Members.IndexOf(global);
            var end = index;
            while (end + 1 < unit.Members.Count && unit.Members[end + 1] is GlobalStatementSyntax)
            {
                end++;
            }

            var statements = unit.Members.Skip(index).Take(end - index + 1).Cast<GlobalStatementSyntax>().Select(g => g.Statement).ToList();
            var spliced = Splice(statements, global.Statement, kept, isBody: false)
                .Select(s => (MemberDeclarationSyntax)SyntaxFactory.GlobalStatement(s));
            var members = unit.Members.Take(index).Concat(spliced).Concat(unit.Members.Skip(end + 1));
            return unit.WithMembers(SyntaxFactory.List(members));
        }

        private static List<StatementSyntax> Splice(IReadOnlyList<StatementSyntax> statements, StatementSyntax statement, StatementSyntax? kept, bool isBody)
        {
            var index = IndexOf(statements, statement);
            var replacement = Unwrap(statement, kept, statements);
            var result = new List<StatementSyntax>(statements.Count + replacement.Count);
            result.AddRange(statements.Take(index));
            result.AddRange(replacement);

            var following = statements.Skip(index + 1).ToList();
            if (replacement.Count == 0 && result.Count == 0 && following.Count > 0)
            {
                // Nothing above any more: the blank line that separated the removed statement goes with it.
                following[0] = following[0].WithLeadingTrivia(WithoutLeadingBlankLines(following[0].GetLeadingTrivia()));
            }

            if (replacement.Count > 0 && IsJump(replacement[replacement.Count - 1]) && !following.OfType<LabeledStatementSyntax>().Any())
            {
                // Unreachable now: only local functions, which earlier code may call, stay.
                following = following.Where(s => s is LocalFunctionStatementSyntax).ToList();
            }

            result.AddRange(following);

            // A `return;` that the kept path brought to the end of a body is noise.
            if (isBody && result.Count > 0 && result[result.Count - 1] is ReturnStatementSyntax { Expression: null } last && replacement.Contains(last))
            {
                result.RemoveAt(result.Count - 1);
            }

            return result;
        }

        private static List<StatementSyntax> Unwrap(StatementSyntax statement, StatementSyntax? kept, IReadOnlyList<StatementSyntax> siblings)
        {
            var leading = WithoutTrailingWhitespace(statement.GetLeadingTrivia());
            if (kept is null)
            {
                return new List<StatementSyntax>();
            }

            if (kept is not BlockSyntax block || DeclaresNamesUsedBy(block, siblings, statement))
            {
                return new List<StatementSyntax> { kept.WithLeadingTrivia(statement.GetLeadingTrivia()).WithAdditionalAnnotations(Formatter.Annotation) };
            }

            var inner = block.Statements.ToList();
            if (inner.Count == 0)
            {
                return inner;
            }

            var first = inner[0];
            var openComments = HasComment(block.OpenBraceToken.TrailingTrivia) ? block.OpenBraceToken.TrailingTrivia : default;
            inner[0] = first.WithLeadingTrivia(leading.AddRange(openComments).AddRange(first.GetLeadingTrivia()));

            var last = inner[inner.Count - 1];
            if (HasComment(block.CloseBraceToken.LeadingTrivia))
            {
                inner[inner.Count - 1] = last.WithTrailingTrivia(
                    last.GetTrailingTrivia().AddRange(WithoutTrailingWhitespace(block.CloseBraceToken.LeadingTrivia)));
            }

            return inner.Select(s => s.WithAdditionalAnnotations(Formatter.Annotation)).ToList();
        }

        /// <summary>Whether unwrapping would put a local of the block in the same scope as a name its siblings declare.</summary>
        private static bool DeclaresNamesUsedBy(BlockSyntax block, IReadOnlyList<StatementSyntax> siblings, StatementSyntax replaced)
        {
            var declared = new HashSet<string>(block.Statements.SelectMany(DeclaredNames));
            if (declared.Count == 0)
            {
                return false;
            }

            return siblings
                .Where(s => s != replaced)
                .SelectMany(s => s.DescendantNodesAndSelf().SelectMany(DeclaredNames))
                .Any(declared.Contains);
        }

        private static IEnumerable<string> DeclaredNames(SyntaxNode node) => node switch
        {
            LocalDeclarationStatementSyntax local => local.Declaration.Variables.Select(v => v.Identifier.ValueText),
            LocalFunctionStatementSyntax function => new[] { function.Identifier.ValueText },
            VariableDeclaratorSyntax variable => new[] { variable.Identifier.ValueText },
            SingleVariableDesignationSyntax designation => new[] { designation.Identifier.ValueText },
            ParameterSyntax parameter => new[] { parameter.Identifier.ValueText },
            ForEachStatementSyntax forEach => new[] { forEach.Identifier.ValueText },
            CatchDeclarationSyntax @catch => new[] { @catch.Identifier.ValueText },
            ExpressionStatementSyntax expression => expression.DescendantNodes().OfType<SingleVariableDesignationSyntax>().Select(d => d.Identifier.ValueText),
            _ => Enumerable.Empty<string>(),
        };

        private static bool IsBody(BlockSyntax block) => block.Parent is BaseMethodDeclarationSyntax
            or LocalFunctionStatementSyntax
            or AnonymousFunctionExpressionSyntax
            or AccessorDeclarationSyntax;

        private static bool IsJump(StatementSyntax statement) => statement is ReturnStatementSyntax
            or ThrowStatementSyntax
            or BreakStatementSyntax
            or ContinueStatementSyntax
            or GotoStatementSyntax;

        private static int IndexOf(IReadOnlyList<StatementSyntax> statements, StatementSyntax statement)
        {
            for (var i = 0; i < statements.Count; i++)
            {
                if (statements[i] == statement)
                {
                    return i;
                }
            }

            return -1;
        }

        private static bool HasComment(SyntaxTriviaList trivia) => trivia.Any(t =>
            t.IsKind(SyntaxKind.SingleLineCommentTrivia) || t.IsKind(SyntaxKind.MultiLineCommentTrivia));

        private static SyntaxTriviaList WithoutLeadingBlankLines(SyntaxTriviaList trivia)
        {
            var start = 0;
            for (var i = 0; i < trivia.Count; i++)
            {
                if (trivia[i].IsKind(SyntaxKind.EndOfLineTrivia))
                {
                    start = i + 1;
                }
                else if (!trivia[i].IsKind(SyntaxKind.WhitespaceTrivia))
                {
                    break;
                }
            }

            return SyntaxFactory.TriviaList(trivia.Skip(start));
        }

        private static SyntaxTriviaList WithoutTrailingWhitespace(SyntaxTriviaList trivia)
        {
            var count = trivia.Count;
            while (count > 0 && trivia[count - 1].IsKind(SyntaxKind.WhitespaceTrivia))
            {
                count--;
            }

            return SyntaxFactory.TriviaList(trivia.Take(count));
        }

        private static SyntaxList<StatementSyntax> List(IEnumerable<StatementSyntax> statements) => SyntaxFactory.List(statements);
    }
}
