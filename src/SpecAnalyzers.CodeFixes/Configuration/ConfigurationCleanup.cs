using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using SpecAnalyzers.CodeFixes.RetiredFlags;
using SpecAnalyzers.Configuration;

namespace SpecAnalyzers.CodeFixes.Configuration
{
    /// <summary>
    /// The configuration half of removing retired flags (SPEC203's fix and its Fix All): once the call sites are
    /// rewritten, the entries of the keys no code of the project evaluates any more leave every configuration file the
    /// analyzers read (<c>appsettings.json</c>, its environment overlays, files marked as flag configuration), in both
    /// schemas, names compared ignoring case. A key still evaluated somewhere keeps its entries: removing them would
    /// turn that path off (<see cref="RetiredFlagEvaluations"/>; a file linked into other projects also asks
    /// <see cref="LinkedConfigurationReaders"/>). Each file is edited once, however many keys leave it.
    /// </summary>
    internal static class ConfigurationCleanup
    {
        public static async Task<Solution> RemoveUnevaluatedAsync(Project project, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
        {
            var names = new HashSet<string>(keys, StringComparer.OrdinalIgnoreCase);
            var files = new List<(TextDocument Document, ConfigurationFile File)>();
            foreach (var additionalFile in project.AnalyzerOptions.AdditionalFiles)
            {
                if (FlagConfiguration.IsConfigurationFile(additionalFile, project.AnalyzerOptions)
                    && ConfigurationFile.Read(additionalFile, cancellationToken) is { } file
                    && ConfigurationEntryRemoval.HasEntry(file, names)
                    && DocumentAt(project, additionalFile.Path) is { } document)
                {
                    files.Add((document, file));
                }
            }

            if (files.Count == 0)
            {
                return project.Solution;
            }

            names.ExceptWith(await RetiredFlagEvaluations.StillEvaluatedAsync(project, names, cancellationToken).ConfigureAwait(false));
            var solution = project.Solution;
            if (names.Count == 0)
            {
                return solution;
            }

            foreach (var (document, file) in files)
            {
                var leaving = new HashSet<string>(names, StringComparer.OrdinalIgnoreCase);
                leaving.ExceptWith(await LinkedConfigurationReaders.MayEvaluateAsync(project, file.Path, names, cancellationToken).ConfigureAwait(false));
                var text = ConfigurationEntryRemoval.WithoutFlags(file.Text, file.Path, leaving);
                if (text != file.Text)
                {
                    solution = solution.WithAdditionalDocumentText(document.Id, text);
                }
            }

            return solution;
        }

        private static TextDocument? DocumentAt(Project project, string path)
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
