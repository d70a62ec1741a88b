using System.Collections.Immutable;
using System.Composition;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using SpecAnalyzers.CodeFixes.Building;
using SpecAnalyzers.Evaluations;
using SpecAnalyzers.Model;

namespace SpecAnalyzers.CodeFixes.Configuration
{
    /// <summary>
    /// SPEC401 "Declare feature flag 'Beta'" / "Declare experiment 'Beta'", on the configured name in the JSON: writes
    /// the spec with the key exactly as the configuration spells it (the configuration decides what runs; the key
    /// style only shapes the generated type name), with the same templates and metric stub as SPEC201's declare fix,
    /// in a new file beside the compilation's other specs and in their namespace. The JSON is not touched. Offered
    /// when the type and file names are free. No Fix All: each flag wants a person's look at its spec.
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
                    || Home(project, diagnostic) is not { } home)
                {
                    continue;
                }

                var typeName = SpecNames.ToPascalCase(key);
                var place = Place(home, diagnostic);
                if (!SyntaxFacts.IsValidIdentifier(typeName) || !SpecDeclarations.IsFree(compilation, project, place, typeName))
                {
                    continue;
                }

                Register(context, diagnostic, home, key, place, SpecKind.FeatureFlag, "Declare feature flag '" + key + "'", DeclareFeatureFlag);
                Register(context, diagnostic, home, key, place, SpecKind.Experiment, "Declare experiment '" + key + "'", DeclareExperiment);
            }
        }

        private static void Register(CodeFixContext context, Diagnostic diagnostic, Document home, string key, SpecDeclarations.NewSpecPlace place, SpecKind kind, string title, string equivalenceKey)
        {
            context.RegisterCodeFix(
                CodeAction.Create(title, cancellationToken => SpecDeclarations.DeclareAsync(home, key, kind, place, cancellationToken), equivalenceKey),
                diagnostic);
        }

        /// <summary>Beside <paramref name="home"/>, in the specs' namespace (none when C# is too old for the file-scoped namespace the file uses).</summary>
        private static SpecDeclarations.NewSpecPlace Place(Document home, Diagnostic diagnostic)
        {
            diagnostic.Properties.TryGetValue(FlagDiagnosticProperties.SpecNamespace, out var namespaceName);
            if (string.IsNullOrEmpty(namespaceName) || (home.Project.ParseOptions is CSharpParseOptions { LanguageVersion: < LanguageVersion.CSharp10 }))
            {
                namespaceName = null;
            }

            return new SpecDeclarations.NewSpecPlace(namespaceName, home.Folders, home.FilePath is null ? null : Path.GetDirectoryName(home.FilePath));
        }

        /// <summary>The file of the compilation's first spec, whose folder and options the new spec takes; else the first C# file (then the global namespace).</summary>
        private static Document? Home(Project project, Diagnostic diagnostic)
        {
            var home = diagnostic.Properties.TryGetValue(FlagDiagnosticProperties.SpecFile, out var specFile) && specFile is not null
                ? project.Documents.FirstOrDefault(document => document.FilePath == specFile)
                : null;
            return home ?? project.Documents.FirstOrDefault();
        }
    }
}
