using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SpecAnalyzers.Model;

namespace SpecAnalyzers
{
    /// <summary>
    /// SPEC103: two specs with one key. Keys compare ignoring case (flag services differ on case; a pair that
    /// differs only in case is a collision waiting to happen). Collects each spec's key while the compilation's
    /// types are analysed, then compares them at compilation end with each other and with the specs of the
    /// referenced assemblies that use SpecAnalyzers (<see cref="ReferencedSpecKeys"/>), only when this
    /// compilation declares a spec at all. A partial spec is one type, so one key.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class DuplicateKeyAnalyzer : SpecCompilationAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.DuplicateKey);

        private protected override void OnCompilationStart(CompilationStartAnalysisContext context, SpecAttributeTypes attributeTypes)
        {
            var declared = new ConcurrentQueue<DeclaredSpecKey>();
            context.RegisterSymbolAction(symbolContext => Collect(symbolContext, attributeTypes, declared), SymbolKind.NamedType);
            context.RegisterCompilationEndAction(endContext => ReportDuplicates(endContext, attributeTypes, declared));
        }

        private static void Collect(SymbolAnalysisContext context, SpecAttributeTypes attributeTypes, ConcurrentQueue<DeclaredSpecKey> declared)
        {
            var spec = SpecTypeReader.Read((INamedTypeSymbol)context.Symbol, attributeTypes, context.CancellationToken)?.Spec;
            if (spec?.Key is { } key && !string.IsNullOrWhiteSpace(key))
            {
                declared.Enqueue(new DeclaredSpecKey(key, spec.DisplayName, spec.Declaration.GetConstructorArgumentLocation()));
            }
        }

        private static void ReportDuplicates(CompilationAnalysisContext context, SpecAttributeTypes attributeTypes, ConcurrentQueue<DeclaredSpecKey> declared)
        {
            if (declared.IsEmpty)
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
