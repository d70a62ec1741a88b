using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace SpecAnalyzers.CodeFixes.Editing
{
    /// <summary>
    /// The indentation and line ending generated code is laid out with, taken from the code it goes next to, so
    /// a fix writes what the user would have typed (tabs or spaces, CRLF or LF).
    /// </summary>
    internal readonly struct SyntaxLayout
    {
        public SyntaxLayout(string indentation, string newLine)
        {
            Indentation = indentation;
            NewLine = newLine;
        }

        public string Indentation { get; }

        public string NewLine { get; }

        public SyntaxTrivia IndentationTrivia => Whitespace(Indentation);

        public SyntaxTrivia NewLineTrivia => EndOfLine(NewLine);

        /// <summary>The layout of the line <paramref name="node"/> starts on.</summary>
        public static SyntaxLayout Of(SyntaxNode node, SourceText text)
        {
            var line = text.Lines.GetLineFromPosition(node.SpanStart);
            var end = line.Start;
            while (end < node.SpanStart && char.IsWhiteSpace(text[end]))
            {
                end++;
            }

            return new SyntaxLayout(text.ToString(TextSpan.FromBounds(line.Start, end)), NewLineOf(node.SyntaxTree.GetRoot()));
        }

        /// <summary>
        /// Lays out a generated type (no trivia of its own) on lines of its own: each attribute list on a line, then
        /// the declaration, at this indentation.
        /// </summary>
        public TMember Place<TMember>(TMember member)
            where TMember : MemberDeclarationSyntax
        {
            var lists = member.AttributeLists;
            for (var i = 0; i < lists.Count; i++)
            {
                lists = lists.Replace(lists[i], lists[i].WithLeadingTrivia(IndentationTrivia).WithTrailingTrivia(NewLineTrivia));
            }

            var placed = (TMember)member.WithAttributeLists(lists);
            // The first modifier or keyword: attribute lists are child nodes, so it is the first child token.
            var firstToken = placed.ChildTokens().First();
            placed = placed.ReplaceToken(firstToken, firstToken.WithLeadingTrivia(IndentationTrivia));
            return placed.WithTrailingTrivia(NewLineTrivia);
        }

        private static string NewLineOf(SyntaxNode root)
        {
            foreach (var trivia in root.DescendantTrivia())
            {
                if (trivia.IsKind(SyntaxKind.EndOfLineTrivia))
                {
                    return trivia.ToString();
                }
            }

            return "\n";
        }
    }
}
