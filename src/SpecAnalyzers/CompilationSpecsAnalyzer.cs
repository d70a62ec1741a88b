using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SpecAnalyzers.Model;
using SpecAnalyzers.Rules;
using SpecAnalyzers.Specs;

namespace SpecAnalyzers
{
    /// <summary>
    /// Runs the rules of <see cref="RuleCatalog.PerCompilation"/> (SPEC103) at the end of the compilation, over its
    /// specs read from syntax first (<see cref="CompilationSpecs"/>: only declarations whose attributes can declare a
    /// spec are bound, each file's syntax is read once for all analyzers, and the referenced assemblies are walked
    /// once). Nothing runs per type, so a keystroke costs nothing here.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CompilationSpecsAnalyzer : SpecCompilationAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            RuleCatalog.DescriptorsOf(RuleCatalog.PerCompilation.SelectMany(rule => rule.SupportedDiagnostics));

        /// <summary>Specs in generated code are left out by the rules themselves (see <see cref="GeneratedCode"/>), before any diagnostic exists.</summary>
        private protected override GeneratedCodeAnalysisFlags GeneratedCodeAnalysis =>
            GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics;

        // A start action, not a compilation action: in a compilation without the annotations it registers nothing, and
        // Roslyn then skips the analysis altogether.
#pragma warning disable RS1013
        private protected override void OnCompilationStart(CompilationStartAnalysisContext context, SpecAttributeTypes attributeTypes) =>
            context.RegisterCompilationEndAction(endContext => Analyze(endContext, attributeTypes));
#pragma warning restore RS1013

        private static void Analyze(CompilationAnalysisContext context, SpecAttributeTypes attributeTypes)
        {
            var ruleContext = new CompilationRuleContext(
                CompilationSpecs.For(context.Compilation, attributeTypes),
                evaluatedKeys: null,
                adoption: null,
                context.Options,
                context.ReportDiagnostic,
                context.CancellationToken);
            foreach (var rule in RuleCatalog.PerCompilation)
            {
                rule.Analyze(ruleContext);
            }
        }
    }
}
