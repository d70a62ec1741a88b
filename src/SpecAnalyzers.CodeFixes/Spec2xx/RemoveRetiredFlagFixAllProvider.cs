using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using SpecAnalyzers.CodeFixes.Configuration;

namespace SpecAnalyzers.CodeFixes
{
    /// <summary>
    /// Fix All for <see cref="RemoveRetiredFlagCodeFix"/> in document, project or solution: first every document's
    /// evaluations are rewritten, then each project's configuration files are edited once, for the keys no code of the
    /// project evaluates any more. (Roslyn's batch fixer merges the fixes' changes per document: several fixes editing
    /// the same JSON file would conflict, and each would judge "the last evaluation" before the others had run.)
    /// </summary>
    internal sealed class RemoveRetiredFlagFixAllProvider : FixAllProvider
    {
        public static readonly RemoveRetiredFlagFixAllProvider Instance = new();

        private RemoveRetiredFlagFixAllProvider()
        {
        }

        public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() =>
            ImmutableArray.Create(FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution);

        public override Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext) =>
            Task.FromResult<CodeAction?>(CodeAction.Create(
                "Remove retired flags, keep the paths their Outcome chose",
                cancellationToken => RemoveAllAsync(fixAllContext, cancellationToken),
                RemoveRetiredFlagCodeFix.EquivalenceKey));

        private static async Task<Solution> RemoveAllAsync(FixAllContext fixAllContext, CancellationToken cancellationToken)
        {
            var solution = fixAllContext.Solution;
            var removedKeys = new Dictionary<ProjectId, HashSet<string>>();
            foreach (var document in SpecFixAllProvider.DocumentsInScope(fixAllContext))
            {
                var diagnostics = await fixAllContext.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false);
                if (diagnostics.IsEmpty)
                {
                    continue;
                }

                if (!removedKeys.TryGetValue(document.Project.Id, out var keys))
                {
                    removedKeys.Add(document.Project.Id, keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase));
                }

                var fixedDocument = await RemoveRetiredFlagCodeFix.FixDocumentAsync(solution.GetDocument(document.Id)!, diagnostics, keys, cancellationToken).ConfigureAwait(false);
                solution = fixedDocument.Project.Solution;
            }

            foreach (var project in removedKeys)
            {
                solution = await ConfigurationCleanup.RemoveUnevaluatedAsync(solution.GetProject(project.Key)!, project.Value, cancellationToken).ConfigureAwait(false);
            }

            return solution;
        }
    }
}
