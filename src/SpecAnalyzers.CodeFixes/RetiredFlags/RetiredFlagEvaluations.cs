using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SpecAnalyzers.Evaluations;

namespace SpecAnalyzers.CodeFixes.RetiredFlags
{
    /// <summary>
    /// Which retired flags some code of a project still evaluates: the keys SPEC203 still reports. Removing the
    /// configuration entry of such a key would turn its path off, so the configuration cleanups ask this first. Keys
    /// the project's text cannot evaluate (<see cref="KeyMentions"/>) are settled without running the analysis.
    /// </summary>
    internal static class RetiredFlagEvaluations
    {
        /// <summary>The keys among <paramref name="keys"/> still evaluated, compared ignoring case (as the configuration names them).</summary>
        public static async Task<ISet<string>> StillEvaluatedAsync(Project project, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
        {
            var evaluated = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var possible = await KeyMentions.MayBeEvaluatedAsync(project, keys, cancellationToken).ConfigureAwait(false);
            if (possible.Count == 0)
            {
                return evaluated;
            }

            if (await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false) is not { } compilation)
            {
                evaluated.UnionWith(possible);
                return evaluated;
            }

            // A severity of none, a #pragma or a preset hides a diagnostic, not the evaluation: count them all.
            var unfiltered = compilation.WithOptions(compilation.Options
                .WithSyntaxTreeOptionsProvider(null)
                .WithSpecificDiagnosticOptions(ImmutableDictionary<string, ReportDiagnostic>.Empty)
                .WithGeneralDiagnosticOption(ReportDiagnostic.Default));
            var diagnostics = await unfiltered
                .WithAnalyzers(
                    ImmutableArray.Create<DiagnosticAnalyzer>(new FlagEvaluationAnalyzer()),
                    new CompilationWithAnalyzersOptions(project.AnalyzerOptions, onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: true))
                .GetAnalyzerDiagnosticsAsync(cancellationToken)
                .ConfigureAwait(false);
            var asked = new HashSet<string>(possible, StringComparer.OrdinalIgnoreCase);
            foreach (var diagnostic in diagnostics)
            {
                if (diagnostic.Id == Descriptors.RetiredFlagEvaluated.Id
                    && diagnostic.Properties.TryGetValue(FlagDiagnosticProperties.Key, out var key)
                    && key is not null
                    && asked.Contains(key))
                {
                    evaluated.Add(key);
                }
            }

            return evaluated;
        }
    }
}
