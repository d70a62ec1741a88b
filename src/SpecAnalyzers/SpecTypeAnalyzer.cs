using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SpecAnalyzers.Model;
using SpecAnalyzers.Options;
using SpecAnalyzers.Rules;

namespace SpecAnalyzers
{
    /// <summary>
    /// Reads every annotated type once into the spec model and runs each rule of <see cref="SpecRuleCatalog"/>
    /// over it. Types without attributes cost one empty attribute lookup; compilations that do not reference
    /// SpecAnalyzers cost one type lookup per attribute at compilation start.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class SpecTypeAnalyzer : SpecCompilationAnalyzer
    {
        private static readonly ImmutableArray<DiagnosticDescriptor> Supported = CollectDescriptors();

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Supported;

        /// <summary>
        /// Generated code is left out where a rule reports (<see cref="SpecRuleContext.Report"/>): Roslyn's own check
        /// would cost more than all the rules together.
        /// </summary>
        private protected override GeneratedCodeAnalysisFlags GeneratedCodeAnalysis =>
            GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics;

        private protected override void OnCompilationStart(CompilationStartAnalysisContext context, SpecAttributeTypes attributeTypes)
        {
            var settings = SpecCompilationSettings.Create(context.Options, context.CancellationToken);
            context.RegisterSymbolAction(symbolContext => AnalyzeType(symbolContext, attributeTypes, settings), SymbolKind.NamedType);
        }

        private static void AnalyzeType(SymbolAnalysisContext symbolContext, SpecAttributeTypes attributeTypes, SpecCompilationSettings settings)
        {
            var annotatedType = SpecTypeReader.Read((INamedTypeSymbol)symbolContext.Symbol, attributeTypes, symbolContext.CancellationToken);
            if (annotatedType is null)
            {
                return;
            }

            var ruleContext = new SpecRuleContext(symbolContext, annotatedType, attributeTypes, settings);
            foreach (var rule in SpecRuleCatalog.All)
            {
                rule.Analyze(ruleContext);
            }
        }

        private static ImmutableArray<DiagnosticDescriptor> CollectDescriptors()
        {
            var descriptors = new List<DiagnosticDescriptor>();
            foreach (var rule in SpecRuleCatalog.All)
            {
                foreach (var descriptor in rule.SupportedDiagnostics)
                {
                    if (!descriptors.Contains(descriptor))
                    {
                        descriptors.Add(descriptor);
                    }
                }
            }

            return descriptors.ToImmutableArray();
        }
    }
}
