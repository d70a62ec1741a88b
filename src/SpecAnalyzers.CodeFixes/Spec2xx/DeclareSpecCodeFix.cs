using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using SpecAnalyzers.Evaluations;
using SpecAnalyzers.Model;

namespace SpecAnalyzers.CodeFixes
{
    /// <summary>
    /// SPEC201 "Declare feature flag 'x'" / "Declare experiment 'x'": the key is new, not a typo, so its spec is
    /// written — the four parts as templates and a success metric stub — in a new file beside the compilation's
    /// other specs (in their namespace), or beside the call site when there are none. Keys in any style are
    /// declared as written (<c>"Home"</c> under Microsoft.FeatureManagement is <c>[FeatureFlag("Home")] Home</c>); the
    /// type is the key in PascalCase. Fix All declares every undeclared key once, one file per spec
    /// (<see cref="SpecDeclarations"/>). On the one SPEC201 a compilation without specs reports (a first install), one
    /// action declares every key it lists, each adopted: with <c>[AdoptionExemption]</c> and no metric stub.
    /// <c>dotnet format</c> saves none of it: it keeps a fix only when an existing document's text changed.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DeclareSpecCodeFix))]
    [Shared]
    public sealed class DeclareSpecCodeFix : CodeFixProvider
    {
        public const string DeclareFeatureFlag = EquivalenceKeys.DeclareFeatureFlag;

        public const string DeclareExperiment = EquivalenceKeys.DeclareExperiment;

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.UndeclaredFlagKey.Id);

        public override FixAllProvider GetFixAllProvider() => DeclareSpecFixAllProvider.Instance;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var compilation = await context.Document.Project.GetCompilationAsync(context.CancellationToken).ConfigureAwait(false);
            if (compilation is null)
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                var keys = SpecDeclarations.KeysOf(diagnostic);
                var declarable = keys.Count(key => SpecDeclarations.Plan(context.Document.Project, compilation, key, diagnostic, new SpecDeclarations.Claims(), context.CancellationToken) is not null);
                if (declarable == 0)
                {
                    continue;
                }

                if (keys.Count == 1 && !diagnostic.Properties.ContainsKey(FlagDiagnosticProperties.UndeclaredKeys))
                {
                    Register(context, diagnostic, SpecKind.FeatureFlag, "Declare feature flag '" + keys[0] + "'", DeclareFeatureFlag);
                    Register(context, diagnostic, SpecKind.Experiment, "Declare experiment '" + keys[0] + "'", DeclareExperiment);
                }
                else
                {
                    Register(context, diagnostic, SpecKind.FeatureFlag, "Declare a feature flag for each of the " + keys.Count + " undeclared keys", DeclareFeatureFlag);
                    Register(context, diagnostic, SpecKind.Experiment, "Declare an experiment for each of the " + keys.Count + " undeclared keys", DeclareExperiment);
                }
            }
        }

        /// <summary>The kind of spec the action <paramref name="equivalenceKey"/> declares.</summary>
        internal static SpecKind KindOf(string? equivalenceKey) =>
            equivalenceKey == DeclareExperiment ? SpecKind.Experiment : SpecKind.FeatureFlag;

        internal static string FixAllTitle(string? equivalenceKey) =>
            KindOf(equivalenceKey) == SpecKind.Experiment ? "Declare an experiment for every undeclared key" : "Declare a feature flag for every undeclared key";

        private static void Register(CodeFixContext context, Diagnostic diagnostic, SpecKind kind, string title, string equivalenceKey)
        {
            var document = context.Document;
            context.RegisterCodeFix(
                CodeAction.Create(
                    title,
                    cancellationToken => SpecDeclarations.DeclareAsync(document.Project.Solution, ImmutableArray.Create(diagnostic), kind, inBulk: false, cancellationToken),
                    equivalenceKey),
                diagnostic);
        }
    }
}
