using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using SpecAnalyzers.CodeFixes.Editing;
using SpecAnalyzers.Model;

namespace SpecAnalyzers.CodeFixes
{
    /// <summary>
    /// What every SpecAnalyzers fixer shares: a fix is a set of edits collected by a <see cref="SpecDocumentEditor"/>,
    /// so a single fix and Fix All (<see cref="SpecFixAllProvider"/>, in document, project or solution) run the
    /// same code and write the same thing.
    /// </summary>
    public abstract class SpecCodeFixProvider : CodeFixProvider
    {
        private protected SpecCodeFixProvider()
        {
        }

        public sealed override FixAllProvider GetFixAllProvider() => SpecFixAllProvider.Instance;

        public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var editor = await SpecDocumentEditor.CreateAsync(context.Document, new GeneratedTypeNames(), context.CancellationToken).ConfigureAwait(false);
            if (editor is not null)
            {
                RegisterFixes(context, editor);
            }
        }

        /// <summary>The action applied when a host asks for Fix All without naming one (<c>dotnet format</c> names the first registered).</summary>
        internal abstract string DefaultEquivalenceKey { get; }

        /// <summary>The title of Fix All for the action <paramref name="equivalenceKey"/>.</summary>
        internal abstract string GetFixAllTitle(string equivalenceKey);

        /// <summary>Collects into <paramref name="editor"/> what the action <paramref name="equivalenceKey"/> does for <paramref name="diagnostic"/>.</summary>
        internal abstract void Fix(SpecDocumentEditor editor, Diagnostic diagnostic, string equivalenceKey, CancellationToken cancellationToken);

        /// <summary>Offers this fixer's actions for <c>context.Diagnostics</c>, using <paramref name="editor"/> to read the document.</summary>
        private protected abstract void RegisterFixes(CodeFixContext context, SpecDocumentEditor editor);

        /// <summary>Applies the action to every diagnostic of <paramref name="document"/> this fixer handles.</summary>
        internal async Task<Document> FixDocumentAsync(
            Document document,
            IEnumerable<Diagnostic> diagnostics,
            string equivalenceKey,
            GeneratedTypeNames generatedNames,
            CancellationToken cancellationToken)
        {
            var editor = await SpecDocumentEditor.CreateAsync(document, generatedNames, cancellationToken).ConfigureAwait(false);
            if (editor is null)
            {
                return document;
            }

            var fixable = diagnostics
                .Where(diagnostic => FixableDiagnosticIds.Contains(diagnostic.Id))
                .OrderBy(diagnostic => diagnostic.Location.SourceSpan.Start);
            foreach (var diagnostic in fixable)
            {
                Fix(editor, diagnostic, equivalenceKey, cancellationToken);
            }

            return await editor.GetChangedDocumentAsync(cancellationToken).ConfigureAwait(false);
        }

        /// <summary>
        /// The spec <paramref name="diagnostic"/> is about, when the diagnostic is one this fixer fixes and the spec
        /// still lacks a <paramref name="kind"/> part; null otherwise.
        /// </summary>
        private protected SpecTarget? FindSpecLacking(SpecDocumentEditor editor, Diagnostic diagnostic, SpecAttributeKind kind, CancellationToken cancellationToken) =>
            FixableDiagnosticIds.Contains(diagnostic.Id) && editor.FindSpec(diagnostic, cancellationToken) is { } target && target.Lacks(kind)
                ? target
                : null;

        private protected void RegisterFix(CodeFixContext context, string title, string equivalenceKey, ImmutableArray<Diagnostic> diagnostics)
        {
            var document = context.Document;
            context.RegisterCodeFix(
                CodeAction.Create(
                    title,
                    cancellationToken => FixDocumentAsync(document, diagnostics, equivalenceKey, new GeneratedTypeNames(), cancellationToken),
                    equivalenceKey),
                diagnostics);
        }
    }
}
