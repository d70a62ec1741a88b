using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Simplification;

namespace SpecAnalyzers.CodeFixes
{
    /// <summary>Writes a spec's <c>Key</c> constant where a key was, as short as a <c>using</c> of the spec's namespace allows.</summary>
    internal static class KeyConstantReference
    {
        /// <param name="qualifiedConstant">The constant as the analyzer names it: <c>global::Music.Specs.LyricsCardShare.Key</c>.</param>
        public static async Task<Document> ReplaceAsync(
            Document document,
            SyntaxNode root,
            ExpressionSyntax key,
            string qualifiedConstant,
            CancellationToken cancellationToken)
        {
            var replacement = SyntaxFactory.ParseExpression(qualifiedConstant)
                .WithTriviaFrom(key)
                .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);
            var changed = document.WithSyntaxRoot(root.ReplaceNode(key, replacement));
            return await ImportAdder.AddImportsAsync(changed, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }
}
