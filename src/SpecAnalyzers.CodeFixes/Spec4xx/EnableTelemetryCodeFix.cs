using System;
using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using SpecAnalyzers.Configuration;

namespace SpecAnalyzers.CodeFixes.Configuration
{
    /// <summary>
    /// SPEC406: sets <c>"telemetry": { "enabled": true }</c> on the experiment's <c>feature_flags</c> entry in the
    /// configuration file the diagnostic names (an AdditionalFile of the project), keeping the file's formatting and
    /// comments (<see cref="TelemetryEdit"/>). Telemetry only adds evaluation events: what runs does not change.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(EnableTelemetryCodeFix))]
    [Shared]
    public sealed class EnableTelemetryCodeFix : CodeFixProvider
    {
        public const string EquivalenceKey = EquivalenceKeys.EnableTelemetry;

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.ExperimentWithoutTelemetry.Id);

        public override FixAllProvider? GetFixAllProvider() => null;

        public override Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                if (!diagnostic.Properties.TryGetValue(ConfigurationDiagnosticProperties.ConfigurationFile, out var path)
                    || !diagnostic.Properties.TryGetValue(ConfigurationDiagnosticProperties.EntryStart, out var startText)
                    || !int.TryParse(startText, NumberStyles.None, CultureInfo.InvariantCulture, out var entryStart)
                    || FindFile(context.Document.Project, path!) is not { } file)
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Enable telemetry in " + Path.GetFileName(path),
                        cancellationToken => EnableAsync(file, entryStart, cancellationToken),
                        EquivalenceKey),
                    diagnostic);
            }

            return Task.CompletedTask;
        }

        private static async Task<Solution> EnableAsync(TextDocument file, int entryStart, CancellationToken cancellationToken)
        {
            var text = await file.GetTextAsync(cancellationToken).ConfigureAwait(false);
            return TelemetryEdit.For(text, entryStart) is { } change
                ? file.Project.Solution.WithAdditionalDocumentText(file.Id, text.WithChanges(change))
                : file.Project.Solution;
        }

        private static TextDocument? FindFile(Project project, string path)
        {
            foreach (var document in project.AdditionalDocuments)
            {
                if (string.Equals(document.FilePath, path, StringComparison.Ordinal))
                {
                    return document;
                }
            }

            return null;
        }
    }
}
