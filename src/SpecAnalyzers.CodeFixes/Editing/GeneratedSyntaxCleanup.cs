using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace SpecAnalyzers.CodeFixes.Editing
{
    /// <summary>
    /// Turns a document holding generated syntax into what the user sees: <c>using</c> directives added for the
    /// annotated names, the names shortened, and the user's own layout left exactly as it was.
    /// </summary>
    internal static class GeneratedSyntaxCleanup
    {
        public static async Task<Document> ApplyAsync(Document changed, CancellationToken cancellationToken)
        {
            changed = await ImportAdder.AddImportsAsync(changed, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
            changed = await Simplifier.ReduceAsync(changed, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
            changed = changed.WithSyntaxRoot(KeepLayout((await changed.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!));
            return await FormatAddedUsingsAsync(changed, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>
        /// Imports are added and names shortened by now, and what is generated is laid out already. But a code action
        /// cleans up after itself: it re-simplifies and formats whatever is marked for it (the simplifier marks each
        /// name it shortened) and formats around elastic trivia (what syntax factories put on tokens) — reaching
        /// the user's neighbouring lines too: tabs become spaces, inline attributes get joined. So outside an added
        /// <c>using</c>, which is left for the formatter to lay out, the marks come off and elastic trivia become plain.
        /// </summary>
        private static SyntaxNode KeepLayout(SyntaxNode root)
        {
            var annotations = new[] { Formatter.Annotation, Simplifier.Annotation, Simplifier.AddImportsAnnotation };
            var marked = annotations
                .SelectMany(annotation => root.GetAnnotatedNodesAndTokens(annotation))
                .Concat(root.DescendantTokens().Where(token => HasElasticTrivia(token)).Select(token => (SyntaxNodeOrToken)token))
                .Distinct()
                .Where(item => item.Parent?.AncestorsAndSelf().OfType<UsingDirectiveSyntax>().Any() != true)
                .ToList();
            return root.ReplaceSyntax(
                marked.Where(item => item.IsNode).Select(item => item.AsNode()!),
                (_, node) => node.WithoutAnnotations(annotations),
                marked.Where(item => item.IsToken).Select(item => item.AsToken()),
                (_, token) => token
                    .WithoutAnnotations(annotations)
                    .WithLeadingTrivia(Plain(token.LeadingTrivia))
                    .WithTrailingTrivia(Plain(token.TrailingTrivia)),
                Enumerable.Empty<SyntaxTrivia>(),
                (_, trivia) => trivia);
        }

        /// <summary>An added <c>using</c> comes with elastic trivia (<c>usingShared.Metrics;</c> until formatted); format just those lines.</summary>
        private static async Task<Document> FormatAddedUsingsAsync(Document document, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var spans = root!.DescendantNodes(node => node is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax)
                .OfType<UsingDirectiveSyntax>()
                .Where(directive => directive.DescendantTokens().Any(HasElasticTrivia))
                .Select(directive => directive.FullSpan)
                .ToList();
            return spans.Count == 0 ? document : await Formatter.FormatAsync(document, spans, cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        private static bool HasElasticTrivia(SyntaxToken token) =>
            token.LeadingTrivia.Concat(token.TrailingTrivia).Any(trivia => trivia.HasAnnotation(SyntaxAnnotation.ElasticAnnotation));

        /// <summary>Drops the zero-width elastic markers and turns elastic whitespace into the same plain whitespace.</summary>
        private static IEnumerable<SyntaxTrivia> Plain(SyntaxTriviaList trivia) => trivia
            .Where(item => !item.HasAnnotation(SyntaxAnnotation.ElasticAnnotation) || item.FullSpan.Length > 0)
            .Select(item => item.HasAnnotation(SyntaxAnnotation.ElasticAnnotation) ? item.WithoutAnnotations(SyntaxAnnotation.ElasticAnnotation) : item);
    }
}
