using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SpecAnalyzers.Model;
using SpecAnalyzers.Options;
using SpecAnalyzers.Rules;
using SpecAnalyzers.SyntaxFilter;

namespace SpecAnalyzers
{
    /// <summary>
    /// Reads every annotated type into the spec model and runs each rule of <see cref="RuleCatalog.PerType"/>
    /// over it; reads the specs of each file again once the compiler has finished the file, for the rules of
    /// <see cref="RuleCatalog.PerFile"/>. Types without attributes cost one empty attribute lookup; compilations
    /// that do not reference SpecAnalyzers cost one type lookup per attribute at compilation start.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class SpecTypeAnalyzer : SpecCompilationAnalyzer
    {
        private static readonly ImmutableArray<DiagnosticDescriptor> Supported =
            RuleCatalog.DescriptorsOf(RuleCatalog.PerType.AddRange(RuleCatalog.PerFile).SelectMany(rule => rule.SupportedDiagnostics));

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
            context.RegisterSemanticModelAction(modelContext => AnalyzeFile(modelContext, attributeTypes, settings));
        }

        private static void AnalyzeType(SymbolAnalysisContext symbolContext, SpecAttributeTypes attributeTypes, SpecCompilationSettings settings)
        {
            var annotatedType = SpecTypeReader.Read((INamedTypeSymbol)symbolContext.Symbol, attributeTypes, symbolContext.CancellationToken);
            if (annotatedType is null)
            {
                return;
            }

            var ruleContext = new SpecRuleContext(
                annotatedType,
                file: null,
                attributeTypes,
                settings,
                symbolContext.Compilation,
                symbolContext.Options,
                symbolContext.ReportDiagnostic,
                symbolContext.CancellationToken);
            foreach (var rule in RuleCatalog.PerType)
            {
                rule.Analyze(ruleContext);
            }
        }

        /// <summary>Runs the per-file rules over each annotated type declared in the file, once however many of its partial declarations the file holds.</summary>
        private static void AnalyzeFile(SemanticModelAnalysisContext modelContext, SpecAttributeTypes attributeTypes, SpecCompilationSettings settings)
        {
            var model = modelContext.SemanticModel;
            var cancellationToken = modelContext.CancellationToken;
            HashSet<INamedTypeSymbol>? partialTypesSeen = null;
            foreach (var declaration in AttributeSyntaxIndex.Get(model.SyntaxTree, cancellationToken).Types)
            {
                if (model.GetDeclaredSymbol(declaration.Declaration, cancellationToken) is not { } type
                    || (type.DeclaringSyntaxReferences.Length > 1
                        && !(partialTypesSeen ??= new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default)).Add(type)))
                {
                    continue;
                }

                var annotatedType = SpecTypeReader.Read(type, attributeTypes, cancellationToken);
                if (annotatedType is null)
                {
                    continue;
                }

                var ruleContext = new SpecRuleContext(
                    annotatedType,
                    model.SyntaxTree,
                    attributeTypes,
                    settings,
                    model.Compilation,
                    modelContext.Options,
                    modelContext.ReportDiagnostic,
                    cancellationToken);
                foreach (var rule in RuleCatalog.PerFile)
                {
                    rule.Analyze(ruleContext);
                }
            }
        }
    }
}
