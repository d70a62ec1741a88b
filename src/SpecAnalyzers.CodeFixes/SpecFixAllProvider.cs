using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using SpecAnalyzers.CodeFixes.Editing;

namespace SpecAnalyzers.CodeFixes
{
    /// <summary>
    /// Fix All for every SpecAnalyzers fixer. Documents are fixed one after another with one shared record of the
    /// types generated, so stubs never collide and a metric missing in several files is declared once; within a
    /// document every diagnostic of a spec goes to one editor, so no spec gets a part twice. <c>dotnet format
    /// analyzers</c> applies fixes only through this.
    /// </summary>
    internal sealed class SpecFixAllProvider : FixAllProvider
    {
        public static readonly SpecFixAllProvider Instance = new();

        private SpecFixAllProvider()
        {
        }

        public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() =>
            ImmutableArray.Create(FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution);

        public override Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
        {
            if (fixAllContext.CodeFixProvider is not SpecCodeFixProvider fixer)
            {
                return Task.FromResult<CodeAction?>(null);
            }

            var documents = DocumentsInScope(fixAllContext);
            var equivalenceKey = fixAllContext.CodeActionEquivalenceKey ?? fixer.DefaultEquivalenceKey;
            return Task.FromResult<CodeAction?>(CodeAction.Create(
                fixer.GetFixAllTitle(equivalenceKey),
                cancellationToken => FixAllAsync(fixAllContext, fixer, equivalenceKey, documents, cancellationToken),
                equivalenceKey));
        }

        private static async Task<Solution> FixAllAsync(
            FixAllContext fixAllContext,
            SpecCodeFixProvider fixer,
            string equivalenceKey,
            ImmutableArray<Document> documents,
            CancellationToken cancellationToken)
        {
            var generatedNames = new GeneratedTypeNames();
            var solution = fixAllContext.Solution;
            foreach (var document in documents)
            {
                var diagnostics = await fixAllContext.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false);
                if (diagnostics.IsEmpty)
                {
                    continue;
                }

                var fixedDocument = await fixer.FixDocumentAsync(document, diagnostics, equivalenceKey, generatedNames, cancellationToken).ConfigureAwait(false);
                if (fixedDocument != document)
                {
                    var root = await fixedDocument.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                    solution = solution.WithDocumentSyntaxRoot(document.Id, root!);
                }
            }

            return solution;
        }

        /// <summary>The documents a Fix All of <paramref name="fixAllContext"/>'s scope goes through, in order.</summary>
        internal static ImmutableArray<Document> DocumentsInScope(FixAllContext fixAllContext) => fixAllContext.Scope switch
        {
            FixAllScope.Document when fixAllContext.Document is { } document => ImmutableArray.Create(document),
            FixAllScope.Project => fixAllContext.Project.Documents.ToImmutableArray(),
            FixAllScope.Solution => fixAllContext.Solution.Projects.SelectMany(project => project.Documents).ToImmutableArray(),
            _ => ImmutableArray<Document>.Empty,
        };
    }
}
