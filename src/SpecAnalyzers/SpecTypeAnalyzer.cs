using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SpecAnalyzers.Model;
using SpecAnalyzers.Rules;

namespace SpecAnalyzers
{
    /// <summary>
    /// Reads every annotated type once into the spec model and runs each rule of <see cref="SpecRuleCatalog"/>
    /// over it. Types without attributes cost one empty attribute lookup; compilations that do not reference
    /// SpecAnalyzers cost one type lookup per attribute at compilation start.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class SpecTypeAnalyzer : DiagnosticAnalyzer
    {
        private static readonly ImmutableArray<DiagnosticDescriptor> Supported = CollectDescriptors();

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Supported;

        public override void Initialize(AnalysisContext context)
        {
            // Generated code is left out where a rule reports (SpecRuleContext.Report): Roslyn's own check would cost
            // more than all the rules together.
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(OnCompilationStart);
        }

        private static void OnCompilationStart(CompilationStartAnalysisContext context)
        {
            var attributeTypes = SpecAttributeTypes.TryCreate(context.Compilation);
            if (attributeTypes is null)
            {
                return;
            }

            context.RegisterSymbolAction(symbolContext => AnalyzeType(symbolContext, attributeTypes), SymbolKind.NamedType);
        }

        private static void AnalyzeType(SymbolAnalysisContext symbolContext, SpecAttributeTypes attributeTypes)
        {
            var annotatedType = SpecTypeReader.Read((INamedTypeSymbol)symbolContext.Symbol, attributeTypes, symbolContext.CancellationToken);
            if (annotatedType is null)
            {
                return;
            }

            var ruleContext = new SpecRuleContext(symbolContext, annotatedType, attributeTypes);
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
