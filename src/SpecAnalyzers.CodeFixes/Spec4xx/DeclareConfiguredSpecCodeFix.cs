using System.Collections.Immutable;
using System.Composition;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using SpecAnalyzers.CodeFixes.Building;
using SpecAnalyzers.CodeFixes.Editing;
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
                diagnostic.Properties.TryGetValue(FlagDiagnosticProperties.SpecNamespace, out var namespaceName);
                namespaceName = string.IsNullOrEmpty(namespaceName) ? null : namespaceName;
                if (!SyntaxFacts.IsValidIdentifier(typeName) || !IsFree(compilation, home, namespaceName, typeName))
                {
                    continue;
                }

                Register(context, diagnostic, key, home, namespaceName, SpecKind.FeatureFlag, "Declare feature flag '" + key + "'", DeclareFeatureFlag);
                Register(context, diagnostic, key, home, namespaceName, SpecKind.Experiment, "Declare experiment '" + key + "'", DeclareExperiment);
            }
        }

        private static void Register(CodeFixContext context, Diagnostic diagnostic, string key, Document home, string? namespaceName, SpecKind kind, string title, string equivalenceKey)
        {
            context.RegisterCodeFix(
                CodeAction.Create(title, cancellationToken => DeclareAsync(home, namespaceName, key, kind, cancellationToken), equivalenceKey),
                diagnostic);
        }

        /// <summary>The file of the compilation's first spec, whose folder and options the new spec takes; else the first C# file (then the global namespace).</summary>
        private static Document? Home(Project project, Diagnostic diagnostic)
        {
            var home = diagnostic.Properties.TryGetValue(FlagDiagnosticProperties.SpecFile, out var specFile) && specFile is not null
                ? project.Documents.FirstOrDefault(document => document.FilePath == specFile)
                : null;
            return home ?? project.Documents.FirstOrDefault();
        }

        private static async Task<Solution> DeclareAsync(Document home, string? namespaceName, string key, SpecKind kind, CancellationToken cancellationToken)
        {
            var tree = (await home.GetSyntaxTreeAsync(cancellationToken).ConfigureAwait(false))!;
            if (namespaceName is not null && ((CSharpParseOptions)tree.Options).LanguageVersion < LanguageVersion.CSharp10)
            {
                // The generated file uses a file-scoped namespace.
                namespaceName = null;
            }

            var declaration = SpecDeclarationBuilder.Build(kind, key, new SpecPartAttributeBuilder(SpecFixOptions.Read(home, tree)));
            var newLine = (await tree.GetRootAsync(cancellationToken).ConfigureAwait(false))
                .DescendantTrivia().FirstOrDefault(trivia => trivia.IsKind(SyntaxKind.EndOfLineTrivia)).ToString() is { Length: > 0 } found ? found : "\n";
            var fileName = declaration.Spec.Identifier.ValueText + ".cs";
            var directory = home.FilePath is null ? null : Path.GetDirectoryName(home.FilePath);
            var document = home.Project.AddDocument(
                fileName,
                declaration.ToCompilationUnit(namespaceName, newLine),
                home.Folders,
                directory is null ? null : Path.Combine(directory, fileName));
            return (await GeneratedSyntaxCleanup.ApplyAsync(document, cancellationToken).ConfigureAwait(false)).Project.Solution;
        }

        private static bool IsFree(Compilation compilation, Document home, string? namespaceName, string typeName)
        {
            var prefix = namespaceName is null ? string.Empty : namespaceName + ".";
            return compilation.GetTypeByMetadataName(prefix + typeName) is null
                && compilation.GetTypeByMetadataName(prefix + MetricStubBuilder.StubTypeName(typeName, MetricRole.Success)) is null
                && !home.Project.Documents.Any(document => document.Name == typeName + ".cs" && document.Folders.SequenceEqual(home.Folders));
        }
    }
}
