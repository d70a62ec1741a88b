using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace SpecAnalyzers.CodeFixes.MarkAsMetric
{
    /// <summary>
    /// Adds <c>[Metric("snake_name")]</c> to each target class, once however many references name it, adding
    /// <c>using SpecAnalyzers;</c> where the attribute is not in scope. Only the new attribute is formatted.
    /// </summary>
    internal static class MetricMarker
    {
        public static async Task<Solution> MarkAsync(Solution solution, IEnumerable<MetricTarget> targets, CancellationToken cancellationToken)
        {
            foreach (var byDocument in targets.GroupBy(target => target.DocumentId))
            {
                var document = solution.GetDocument(byDocument.Key);
                var root = document is null ? null : await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                if (document is null || root is null)
                {
                    continue;
                }

                var declarations = byDocument
                    .Select(target => root.FindNode(target.DeclarationSpan) as TypeDeclarationSyntax)
                    .Where(declaration => declaration is not null)
                    .Cast<TypeDeclarationSyntax>()
                    .Distinct()
                    .ToList();
                var generator = SyntaxGenerator.GetGenerator(document);
                var marked = document.WithSyntaxRoot(root.ReplaceNodes(declarations, (_, declaration) => AddMetricAttribute(generator, declaration)));
                marked = await ImportAdder.AddImportsAsync(marked, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
                marked = await Simplifier.ReduceAsync(marked, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
                marked = await Formatter.FormatAsync(marked, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
                solution = marked.Project.Solution;
            }

            return solution;
        }

        private static SyntaxNode AddMetricAttribute(SyntaxGenerator generator, TypeDeclarationSyntax declaration)
        {
            var name = SyntaxFactory.ParseName("global::SpecAnalyzers.Metric")
                .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);
            var attribute = generator.Attribute(name, new[] { generator.LiteralExpression(MetricNames.FromTypeName(declaration.Identifier.ValueText)) });
            return generator.InsertAttributes(declaration, 0, attribute);
        }
    }
}
