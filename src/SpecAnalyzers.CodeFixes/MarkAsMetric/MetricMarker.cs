using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SpecAnalyzers.CodeFixes.Building;
using SpecAnalyzers.CodeFixes.Editing;
using SpecAnalyzers.Model;

namespace SpecAnalyzers.CodeFixes.MarkAsMetric
{
    /// <summary>
    /// Adds <c>[Metric("area.name", Direction = …)]</c> (named and directed as the other fixes write metrics: a
    /// success metric increases, a guardrail decreases) to each target class, through the
    /// editor the other fixes share: once per class however many references name it, the user's layout kept,
    /// <c>using SpecAnalyzers;</c> added where the attribute is not in scope.
    /// </summary>
    internal static class MetricMarker
    {
        public static async Task<Solution> MarkAsync(Solution solution, IEnumerable<MetricTarget> targets, CancellationToken cancellationToken)
        {
            foreach (var byDocument in targets.GroupBy(target => target.DocumentId))
            {
                var document = solution.GetDocument(byDocument.Key);
                var editor = document is null
                    ? null
                    : await SpecDocumentEditor.CreateAsync(document, new GeneratedTypeNames(), cancellationToken).ConfigureAwait(false);
                if (editor is null)
                {
                    continue;
                }

                foreach (var target in byDocument)
                {
                    if (editor.Root.FindNode(target.DeclarationSpan) is TypeDeclarationSyntax declaration)
                    {
                        var name = SpecNames.MetricNameForType(declaration.Identifier.ValueText);
                        editor.AddAttribute(declaration, SpecAttributeKind.Metric, MetricStubBuilder.MetricAttribute(name, target.Role), cancellationToken);
                    }
                }

                solution = (await editor.GetChangedDocumentAsync(cancellationToken).ConfigureAwait(false)).Project.Solution;
            }

            return solution;
        }
    }
}
