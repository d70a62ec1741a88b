using System.Collections.Immutable;
using System.Composition;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using SpecAnalyzers.CodeFixes.RetiredFlags;
using SpecAnalyzers.Evaluations;

namespace SpecAnalyzers.CodeFixes.Configuration
{
    /// <summary>
    /// SPEC404: removes a retired flag's entry from the configuration file the diagnostic sits in
    /// (<see cref="ConfigurationEntryRemoval"/>). A fix never changes what runs: it is offered only for a retired spec
    /// (a live spec past its RemoveBy date still runs as configured: retire it first) that no code evaluates any more
    /// (<see cref="RetiredFlagEvaluations"/>: no SPEC203 left for it, no generated code and, while a key is not a
    /// constant, no token that could make it; nor another project the file is linked into,
    /// <see cref="LinkedConfigurationReaders"/>): removing the entry of a flag still evaluated would turn that path off.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveConfigurationEntryCodeFix), DocumentKinds = new[] { nameof(TextDocumentKind.AdditionalDocument) }, DocumentExtensions = new[] { ".json" })]
    [Shared]
    public sealed class RemoveConfigurationEntryCodeFix : CodeFixProvider
    {
        public const string EquivalenceKey = EquivalenceKeys.RemoveConfigurationEntry;

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.RetiredFlagConfigured.Id);

        public override FixAllProvider? GetFixAllProvider() => null;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var file = context.TextDocument;
            foreach (var diagnostic in context.Diagnostics)
            {
                if (!diagnostic.Properties.TryGetValue(FlagDiagnosticProperties.Key, out var key)
                    || key is null
                    || await MayStillBeEvaluatedAsync(file, key, context.CancellationToken).ConfigureAwait(false))
                {
                    continue;
                }

                var span = diagnostic.Location.SourceSpan;
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Remove the entry from " + Path.GetFileName(file.FilePath),
                        cancellationToken => RemoveAsync(file, span, cancellationToken),
                        EquivalenceKey),
                    diagnostic);
            }
        }

        private static async Task<bool> MayStillBeEvaluatedAsync(TextDocument file, string key, CancellationToken cancellationToken)
        {
            var keys = new[] { key };
            return (await RetiredFlagEvaluations.StillEvaluatedAsync(file.Project, keys, cancellationToken).ConfigureAwait(false)).Count > 0
                || (file.FilePath is { } path
                    && (await LinkedConfigurationReaders.MayEvaluateAsync(file.Project, path, keys, cancellationToken).ConfigureAwait(false)).Count > 0);
        }

        private static async Task<Solution> RemoveAsync(TextDocument file, Microsoft.CodeAnalysis.Text.TextSpan flagName, CancellationToken cancellationToken)
        {
            var text = await file.GetTextAsync(cancellationToken).ConfigureAwait(false);
            return ConfigurationEntryRemoval.For(text, flagName) is { IsEmpty: false } changes
                ? file.Project.Solution.WithAdditionalDocumentText(file.Id, text.WithChanges(changes))
                : file.Project.Solution;
        }
    }
}
