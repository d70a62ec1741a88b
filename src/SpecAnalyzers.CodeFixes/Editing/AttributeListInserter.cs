using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SpecAnalyzers.CodeFixes.Editing
{
    /// <summary>
    /// Inserts attribute lists into a declaration in <see cref="SpecPartOrder"/>, each laid out like its
    /// neighbour: on a line of its own when the neighbour is, on the same line when the user writes attributes
    /// inline. Everything else — comments, blank lines, the user's own attributes — stays where it was.
    /// </summary>
    internal static class AttributeListInserter
    {
        /// <param name="declaration">The declaration as it is now (other edits may have changed its members).</param>
        /// <param name="existingRanks">The rank of each of its attribute lists, in order.</param>
        /// <param name="additions">The lists to add, with their ranks; none carries trivia yet.</param>
        public static MemberDeclarationSyntax Insert(
            MemberDeclarationSyntax declaration,
            IReadOnlyList<int> existingRanks,
            IEnumerable<KeyValuePair<int, AttributeListSyntax>> additions,
            SyntaxLayout layout)
        {
            var lists = declaration.AttributeLists.ToList();
            var ranks = existingRanks.ToList();
            var leadingTrivia = declaration.GetLeadingTrivia();
            foreach (var addition in additions.OrderBy(addition => addition.Key))
            {
                var index = InsertionIndex(ranks, addition.Key);
                lists.Insert(index, LayOut(addition.Value, lists, index, leadingTrivia, layout));
                ranks.Insert(index, addition.Key);
            }

            var result = declaration.WithAttributeLists(SyntaxFactory.List(lists));
            if (declaration.AttributeLists.Count == 0)
            {
                // The first modifier held the leading trivia (comments, indentation); it moved to the new first list.
                var firstToken = result.ChildTokens().First();
                result = result.ReplaceToken(firstToken, firstToken.WithLeadingTrivia(layout.IndentationTrivia));
            }

            return result;
        }

        /// <summary>After the last ranked list that comes no later; else before the first that comes later; else last.</summary>
        private static int InsertionIndex(List<int> ranks, int rank)
        {
            for (var i = ranks.Count - 1; i >= 0; i--)
            {
                if (ranks[i] != SpecPartOrder.Unranked && ranks[i] <= rank)
                {
                    return i + 1;
                }
            }

            for (var i = 0; i < ranks.Count; i++)
            {
                if (ranks[i] != SpecPartOrder.Unranked)
                {
                    return i;
                }
            }

            return ranks.Count;
        }

        private static AttributeListSyntax LayOut(
            AttributeListSyntax list,
            List<AttributeListSyntax> lists,
            int index,
            SyntaxTriviaList declarationLeadingTrivia,
            SyntaxLayout layout)
        {
            if (index > 0)
            {
                var previous = lists[index - 1].GetTrailingTrivia();
                return EndsLine(previous)
                    ? list.WithLeadingTrivia(layout.IndentationTrivia).WithTrailingTrivia(layout.NewLineTrivia)
                    : list.WithTrailingTrivia(previous);
            }

            // First: the new list takes over the declaration's leading trivia (doc comment, indentation).
            if (lists.Count > 0)
            {
                var next = lists[0];
                var ownLine = EndsLine(next.GetTrailingTrivia());
                lists[0] = next.WithLeadingTrivia(ownLine ? SyntaxFactory.TriviaList(layout.IndentationTrivia) : SyntaxFactory.TriviaList());
                return list
                    .WithLeadingTrivia(next.GetLeadingTrivia())
                    .WithTrailingTrivia(ownLine ? layout.NewLineTrivia : SyntaxFactory.Space);
            }

            return list.WithLeadingTrivia(declarationLeadingTrivia).WithTrailingTrivia(layout.NewLineTrivia);
        }

        private static bool EndsLine(SyntaxTriviaList trivia) => trivia.Any(SyntaxKind.EndOfLineTrivia);
    }
}
