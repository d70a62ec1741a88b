using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace SpecAnalyzers.CodeFixes.MarkAsMetric
{
    /// <summary>
    /// Fix All for "mark as metric". The edit lands in the file declaring the type, not the one with the
    /// diagnostic, and several specs may name one type: so the targets of every diagnostic in scope are gathered
    /// first and each type is marked once. (The shared SpecFixAllProvider fixes each document from its own
    /// diagnostics, which suits edits to the spec itself, not edits to another file.)
    /// </summary>
    internal sealed class MarkAsMetricFixAllProvider : FixAllProvider
    {
        public static readonly MarkAsMetricFixAllProvider Instance = new();

        private MarkAsMetricFixAllProvider()
        {
        }

        public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() =>
            new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

        public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
        {
            var targets = new List<MetricTarget>();
            var solution = fixAllContext.Solution;
            foreach (var diagnostic in await GetDiagnosticsAsync(fixAllContext).ConfigureAwait(false))
            {
                var document = solution.GetDocument(diagnostic.Location.SourceTree);
                var target = document is null
                    ? null
                    : await MetricTarget.FindAsync(document, diagnostic.Location.SourceSpan, fixAllContext.CancellationToken).ConfigureAwait(false);
                if (target is not null)
                {
                    targets.Add(target);
                }
            }

            return targets.Count == 0
                ? null
                : CodeAction.Create(
                    "Mark referenced types as metrics",
                    cancellationToken => MetricMarker.MarkAsync(solution, targets, cancellationToken),
                    fixAllContext.CodeActionEquivalenceKey);
        }

        private static async Task<ImmutableArray<Diagnostic>> GetDiagnosticsAsync(FixAllContext context)
        {
            switch (context.Scope)
            {
                case FixAllScope.Document when context.Document is not null:
                    return await context.GetDocumentDiagnosticsAsync(context.Document).ConfigureAwait(false);
                case FixAllScope.Project:
                    return await context.GetAllDiagnosticsAsync(context.Project).ConfigureAwait(false);
                case FixAllScope.Solution:
                    var all = ImmutableArray.CreateBuilder<Diagnostic>();
                    foreach (var project in context.Solution.Projects)
                    {
                        all.AddRange(await context.GetAllDiagnosticsAsync(project).ConfigureAwait(false));
                    }

                    return all.ToImmutable();
                default:
                    return ImmutableArray<Diagnostic>.Empty;
            }
        }
    }
}
