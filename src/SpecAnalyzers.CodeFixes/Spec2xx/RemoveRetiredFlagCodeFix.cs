using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using SpecAnalyzers.CodeFixes.Configuration;
using SpecAnalyzers.CodeFixes.RetiredFlags;
using SpecAnalyzers.Evaluations;

namespace SpecAnalyzers.CodeFixes
{
    /// <summary>
    /// SPEC203 "Remove flag, keep the enabled path": a retired flag that <c>Shipped</c> keeps the enabled path, one
    /// that was <c>RolledBack</c> keeps the disabled path; an <c>Undecided</c> one gets no rewrite. When the rewrite
    /// removes the last evaluation of the key in the project, the key's entries leave the configuration files too
    /// (<see cref="ConfigurationCleanup"/>). Fix All (<see cref="RemoveRetiredFlagFixAllProvider"/>) applies the
    /// cleanups of a document one after another, so cleanups in the same condition compose.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveRetiredFlagCodeFix))]
    [Shared]
    public sealed class RemoveRetiredFlagCodeFix : CodeFixProvider
    {
        public const string EquivalenceKey = EquivalenceKeys.RemoveRetiredFlag;

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.RetiredFlagEvaluated.Id);

        public override FixAllProvider GetFixAllProvider() => RemoveRetiredFlagFixAllProvider.Instance;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null || model is null)
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                if (KeptPath(diagnostic) is not { } enabled
                    || RetiredFlagCleanup.TryRewrite(root, model, Target(root, diagnostic), enabled, context.CancellationToken) is not { } rewritten)
                {
                    continue;
                }

                var key = diagnostic.Properties[FlagDiagnosticProperties.Key]!;
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Remove flag '" + key + "', keep the " + (enabled ? "enabled" : "disabled") + " path",
                        cancellationToken => ConfigurationCleanup.RemoveUnevaluatedAsync(
                            context.Document.WithSyntaxRoot(rewritten).Project, new[] { key }, cancellationToken),
                        EquivalenceKey),
                    diagnostic);
            }
        }

        /// <summary>The document with every diagnostic's evaluation rewritten; the keys of those evaluations go to <paramref name="removedKeys"/>.</summary>
        internal static async Task<Document> FixDocumentAsync(Document document, ImmutableArray<Diagnostic> diagnostics, ISet<string> removedKeys, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return document;
            }

            // Mark every target first: each rewrite moves the others.
            var targets = new List<(SyntaxAnnotation Annotation, bool Enabled)>();
            var marks = new Dictionary<SyntaxNode, SyntaxAnnotation>();
            foreach (var diagnostic in diagnostics.OrderBy(d => d.Location.SourceSpan.Start))
            {
                if (KeptPath(diagnostic) is { } enabled && Target(root, diagnostic) is var node && !marks.ContainsKey(node))
                {
                    var annotation = new SyntaxAnnotation();
                    marks.Add(node, annotation);
                    targets.Add((annotation, enabled));
                    removedKeys.Add(diagnostic.Properties[FlagDiagnosticProperties.Key]!);
                }
            }

            root = root.ReplaceNodes(marks.Keys, (original, rewritten) => rewritten.WithAdditionalAnnotations(marks[original]));
            foreach (var (annotation, enabled) in targets)
            {
                document = document.WithSyntaxRoot(root);
                root = (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
                var model = (await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false))!;
                if (root.GetAnnotatedNodes(annotation).FirstOrDefault() is { } target)
                {
                    root = RetiredFlagCleanup.TryRewrite(root, model, target, enabled, cancellationToken) ?? root;
                }
            }

            return document.WithSyntaxRoot(root);
        }

        private static SyntaxNode Target(SyntaxNode root, Diagnostic diagnostic) =>
            root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);

        /// <summary>True to keep the enabled path, false the disabled one, null while the outcome is undecided.</summary>
        private static bool? KeptPath(Diagnostic diagnostic) =>
            diagnostic.Properties.TryGetValue(FlagDiagnosticProperties.Outcome, out var outcome)
                ? outcome switch
                {
                    "Shipped" => true,
                    "RolledBack" => false,
                    _ => null,
                }
                : null;
    }
}
