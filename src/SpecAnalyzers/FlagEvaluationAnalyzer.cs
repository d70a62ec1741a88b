using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SpecAnalyzers.Evaluations;
using SpecAnalyzers.Model;
using SpecAnalyzers.Rules;
using SpecAnalyzers.Specs;

namespace SpecAnalyzers
{
    /// <summary>
    /// Finds every flag evaluation (Microsoft.FeatureManagement, OpenFeature, <c>[FeatureGate]</c>, and the
    /// in-house methods named in <c>spec_analyzers.evaluation_methods</c>) and hands each key to the SPEC2xx rules. A compilation
    /// that references no evaluation API, or not the annotations, costs a few type lookups at its start. Each file's
    /// calls and attributes are found by their names in its text, and only those that can report something are
    /// bound: syntax-node actions would make Roslyn gather every node of every declaration, and operation actions
    /// would make it build the operation tree of every method body. The specs are read once, when the first
    /// evaluation needs them.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class FlagEvaluationAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = RuleCatalog.DescriptorsOf(
            RuleCatalog.PerEvaluation.SelectMany(rule => rule.SupportedDiagnostics)
                .Concat(RuleCatalog.AfterEvaluations.SelectMany(rule => rule.SupportedDiagnostics)));

        public override void Initialize(AnalysisContext context)
        {
            // Generated code is left out by the analysis itself (see GeneratedCode): Roslyn's own check would cost more than the rules.
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(OnCompilationStart);
        }

        private static void OnCompilationStart(CompilationStartAnalysisContext context)
        {
            var compilation = context.Compilation;
            var attributeTypes = SpecAttributeTypes.TryCreate(compilation);
            var methods = attributeTypes is null ? null : EvaluationMethodCatalog.TryCreate(compilation, context.Options, context.CancellationToken);
            if (attributeTypes is null || methods is null)
            {
                return;
            }

            // SPEC204 is opt-in: unless a team turned it on, no key is recorded. While the compilation declares and
            // references no spec (a first install), undeclared keys are tallied for one SPEC201 summary instead of
            // reported one by one. Compilation-end work is registered only for these two.
            var reportsUnevaluatedSpecs = UnevaluatedSpecRule.IsOn(compilation, context.CancellationToken);
            var specs = CompilationSpecs.For(compilation, attributeTypes);
            var finder = new FlagEvaluationFinder(
                compilation,
                context.Options,
                specs,
                methods,
                reportsUnevaluatedSpecs,
                declaresNoSpec: specs.DeclaresNone(context.CancellationToken));

            context.RegisterSemanticModelAction(finder.AnalyzeDocument);
            if (methods.HasFeatureTagHelper)
            {
                context.RegisterAdditionalFileAction(finder.AnalyzeRazorView);
            }

            if (finder.HasCompilationEndWork)
            {
                context.RegisterCompilationEndAction(finder.AnalyzeEvaluatedKeys);
            }
        }
    }
}
