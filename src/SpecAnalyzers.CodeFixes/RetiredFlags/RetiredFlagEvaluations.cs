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
    /// Which retired flags some code of a project still evaluates, or may: removing the configuration entry of such a key
    /// would turn its path off, so the configuration cleanups ask this first. A key counts while SPEC203 still reports
    /// it; while generated code could make it (the analysis skips generated code); and, while the project has a key that
    /// is not a compile-time constant (SPEC202: nobody can tell which flag that call reads), whenever any token of the
    /// project could make it. Keys the project's text cannot evaluate (<see cref="KeyMentions"/>) are settled without
    /// running the analysis.
    /// </summary>
    internal static class RetiredFlagEvaluations
    {
        /// <summary>The keys among <paramref name="keys"/> still evaluated, compared ignoring case (as the configuration names them).</summary>
        public static async Task<ISet<string>> StillEvaluatedAsync(Project project, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
        {
            var evaluated = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var mentions = await KeyMentions.MayBeEvaluatedAsync(project, keys, cancellationToken).ConfigureAwait(false);
            var possible = mentions.Possible;
            evaluated.UnionWith(mentions.InGeneratedCode);
            if (evaluated.IsSupersetOf(possible))
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
                if (diagnostic.Id == Descriptors.NonConstantFlagKey.Id)
                {
                    evaluated.UnionWith(possible);
                    break;
                }

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
