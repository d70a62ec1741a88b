using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using SpecAnalyzers.Evaluations;
using SpecAnalyzers.Model;

namespace SpecAnalyzers.CodeFixes.Configuration
{
    /// <summary>
    /// SPEC401 "Declare feature flag 'Beta'" / "Declare experiment 'Beta'", on the configured name in the JSON: writes
    /// the spec with the key exactly as the configuration spells it (the configuration decides what runs; the key
    /// style only shapes the generated type name), with the same templates and metric stub as SPEC201's declare fix,
    /// in a new file beside the compilation's other specs and in their namespace, planned as SPEC201's declare fix plans
    /// (<see cref="SpecDeclarations.Plan"/>). The JSON is not touched. Offered when the type and file names are free.
    /// No Fix All: each flag wants a person's look at its spec.
    /// </summary>
    [ExportCodeFixProvider(
        LanguageNames.CSharp,
        Name = nameof(DeclareConfiguredSpecCodeFix),
        DocumentKinds = new[] { nameof(TextDocumentKind.AdditionalDocument) },
        DocumentExtensions = new[] { ".json" })]
    [Shared]
    public sealed class DeclareConfiguredSpecCodeFix : CodeFixProvider
    {
        public const string DeclareFeatureFlag = EquivalenceKeys.DeclareConfiguredFeatureFlag;

        public const string DeclareExperiment = EquivalenceKeys.DeclareConfiguredExperiment;

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.UndeclaredConfiguredFlag.Id);

        public override FixAllProvider? GetFixAllProvider() => null;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var project = context.TextDocument.Project;
            var compilation = await project.GetCompilationAsync(context.CancellationToken).ConfigureAwait(false);
            foreach (var diagnostic in context.Diagnostics)
            {
                if (compilation is null
                    || !diagnostic.Properties.TryGetValue(FlagDiagnosticProperties.Key, out var key)
                    || key is null
                    || SpecDeclarations.Plan(project, compilation, key, diagnostic, new SpecDeclarations.Claims(), context.CancellationToken) is not { Place.Beside: { } beside } plan)
                {
                    continue;
                }

                Register(context, diagnostic, beside, plan, SpecKind.FeatureFlag, "Declare feature flag '" + key + "'", DeclareFeatureFlag);
                Register(context, diagnostic, beside, plan, SpecKind.Experiment, "Declare experiment '" + key + "'", DeclareExperiment);
            }
        }

        private static void Register(CodeFixContext context, Diagnostic diagnostic, Document beside, SpecDeclarations.DeclarationPlan plan, SpecKind kind, string title, string equivalenceKey)
        {
            context.RegisterCodeFix(
                CodeAction.Create(title, cancellationToken => SpecDeclarations.DeclareAsync(beside, plan.Key, kind, plan.Place, adopting: false, cancellationToken), equivalenceKey),
                diagnostic);
        }
    }
}
