using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SpecAnalyzers.Evaluations;
using SpecAnalyzers.Model;

namespace SpecAnalyzers
{
    /// <summary>
    /// SPEC103: two specs with one key. Keys compare ignoring case (flag services differ on case; a pair that
    /// differs only in case is a collision waiting to happen). At compilation end, reads the compilation's specs
    /// from syntax first (<see cref="DeclaredSpecCatalog"/>: only declarations whose attributes can declare a spec
    /// are bound, and each file's syntax is read once for all analyzers), and compares their keys with each other
    /// and with the specs of the referenced assemblies that use SpecAnalyzers (<see cref="ReferencedSpecKeys"/>),
    /// only when this compilation declares a spec at all. Nothing runs per type, so a keystroke costs nothing here.
    /// A partial spec is one type, so one key.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class DuplicateKeyAnalyzer : SpecCompilationAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.DuplicateKey);

        /// <summary>Specs in generated code are left out by the analysis itself (see <see cref="GeneratedCode"/>), before any diagnostic exists.</summary>
        private protected override GeneratedCodeAnalysisFlags GeneratedCodeAnalysis =>
            GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics;

        // A start action, not a compilation action: in a compilation without the annotations it registers nothing, and
        // Roslyn then skips the analysis altogether.
#pragma warning disable RS1013
        private protected override void OnCompilationStart(CompilationStartAnalysisContext context, SpecAttributeTypes attributeTypes) =>
            context.RegisterCompilationEndAction(endContext => ReportDuplicates(endContext, attributeTypes));
#pragma warning restore RS1013

        private static void ReportDuplicates(CompilationAnalysisContext context, SpecAttributeTypes attributeTypes)
        {
            var declared = new List<DeclaredSpecKey>();
            foreach (var spec in new DeclaredSpecCatalog(context.Compilation, attributeTypes).ReadSourceSpecs(context.CancellationToken))
            {
                var location = spec.Declaration.GetConstructorArgumentLocation();
                if (!string.IsNullOrWhiteSpace(spec.Key) && !GeneratedCode.Contains(location, spec.Type, context.Options, context.CancellationToken))
                {
                    declared.Add(new DeclaredSpecKey(spec.Key!, spec.DisplayName, location));
                }
            }

            if (declared.Count == 0)
            {
                return;
            }

            var all = declared.Concat(ReferencedSpecKeys.Read(context.Compilation, attributeTypes, context.CancellationToken));
            foreach (var sharing in all.GroupBy(entry => entry.Key, StringComparer.OrdinalIgnoreCase))
            {
                var specs = sharing.ToList();
                if (specs.Count < 2)
                {
                    continue;
                }

                foreach (var spec in specs.Where(entry => entry.Location.IsInSource))
                {
                    var others = specs.Where(other => other != spec).Select(other => other.Description).OrderBy(name => name, StringComparer.Ordinal);
                    context.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.DuplicateKey,
                        spec.Location,
                        spec.Description,
                        spec.Key,
                        string.Join(" and ", others)));
                }
            }
        }
    }
}
