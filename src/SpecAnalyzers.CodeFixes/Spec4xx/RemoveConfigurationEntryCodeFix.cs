using System.Collections.Immutable;
using System.Composition;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace SpecAnalyzers.CodeFixes.Configuration
{
    /// <summary>
    /// SPEC404: removes a retired flag's entry from the configuration file the diagnostic sits in
    /// (<see cref="ConfigurationEntryRemoval"/>). The spec is retired or past its removal date: the decision to end the
    /// flag is made, and the code's evaluation is SPEC203's to remove.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveConfigurationEntryCodeFix), DocumentKinds = new[] { nameof(TextDocumentKind.AdditionalDocument) }, DocumentExtensions = new[] { ".json" })]
    [Shared]
    public sealed class RemoveConfigurationEntryCodeFix : CodeFixProvider
    {
        public const string EquivalenceKey = EquivalenceKeys.RemoveConfigurationEntry;

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.RetiredFlagConfigured.Id);

        public override FixAllProvider? GetFixAllProvider() => null;

        public override Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var file = context.TextDocument;
            foreach (var diagnostic in context.Diagnostics)
            {
                var span = diagnostic.Location.SourceSpan;
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Remove the entry from " + Path.GetFileName(file.FilePath),
                        cancellationToken => RemoveAsync(file, span, cancellationToken),
                        EquivalenceKey),
                    diagnostic);
            }

            return Task.CompletedTask;
        }

        private static async Task<Solution> RemoveAsync(TextDocument file, Microsoft.CodeAnalysis.Text.TextSpan flagName, CancellationToken cancellationToken)
        {
            var text = await file.GetTextAsync(cancellationToken).ConfigureAwait(false);
            return ConfigurationEntryRemoval.For(text, flagName) is { } change
                ? file.Project.Solution.WithAdditionalDocumentText(file.Id, text.WithChanges(change))
                : file.Project.Solution;
        }
    }
}
