using System.Collections.Generic;
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
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SpecAnalyzers.CodeFixes.Building;
using SpecAnalyzers.CodeFixes.Editing;
using SpecAnalyzers.Evaluations;
using SpecAnalyzers.Model;

namespace SpecAnalyzers.CodeFixes
{
    /// <summary>
    /// SPEC201 "Declare feature flag 'x'" / "Declare experiment 'x'": the key is new, not a typo, so its spec is
    /// written — the four parts as templates and a success metric stub — in a new file beside the compilation's
    /// other specs (in their namespace), or beside the call site when there are none. Offered only for a
    /// well-formed key whose type and file names are free. No Fix All: each key wants a person's look at its spec.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DeclareSpecCodeFix))]
    [Shared]
    public sealed class DeclareSpecCodeFix : CodeFixProvider
    {
        public const string DeclareFeatureFlag = EquivalenceKeys.DeclareFeatureFlag;

        public const string DeclareExperiment = EquivalenceKeys.DeclareExperiment;

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.UndeclaredFlagKey.Id);

        public override FixAllProvider? GetFixAllProvider() => null;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var compilation = await context.Document.Project.GetCompilationAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null || compilation is null)
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                // Declared as the configuration spells the flag when it has it, else as the call site writes it: the call
                // site is left as it is, so what runs does not change. Any key style: spec_analyzers.key_style is SPEC104's.
                var key = diagnostic.Properties.TryGetValue(FlagDiagnosticProperties.ConfiguredSpelling, out var configured) && configured is not null
                    ? configured
                    : diagnostic.Properties.TryGetValue(FlagDiagnosticProperties.Key, out var written) ? written : null;
                if (key is null || key.Length > NameFormats.MaxKeyLength)
                {
                    continue;
                }

                var place = Place(context.Document, root, diagnostic);
                var typeName = SpecNames.ToPascalCase(key);
                if (place is null || !IsFree(compilation, context.Document.Project, place, typeName))
                {
                    continue;
                }

                Register(context, diagnostic, key, place, SpecKind.FeatureFlag, "Declare feature flag '" + key + "'", DeclareFeatureFlag);
                Register(context, diagnostic, key, place, SpecKind.Experiment, "Declare experiment '" + key + "'", DeclareExperiment);
            }
        }

        private static void Register(CodeFixContext context, Diagnostic diagnostic, string key, NewSpecPlace place, SpecKind kind, string title, string equivalenceKey)
        {
            context.RegisterCodeFix(
                CodeAction.Create(title, cancellationToken => DeclareAsync(context.Document, key, kind, place, cancellationToken), equivalenceKey),
                diagnostic);
        }

        private static async Task<Solution> DeclareAsync(Document callSite, string key, SpecKind kind, NewSpecPlace place, CancellationToken cancellationToken)
        {
            var tree = (await callSite.GetSyntaxTreeAsync(cancellationToken).ConfigureAwait(false))!;
            var parts = new SpecPartAttributeBuilder(SpecFixOptions.Read(callSite, tree));
            var declaration = SpecDeclarationBuilder.Build(kind, key, parts);
            var unit = declaration.ToCompilationUnit(place.Namespace, NewLine(await tree.GetRootAsync(cancellationToken).ConfigureAwait(false)));
            var document = callSite.Project.AddDocument(place.FileName(declaration), unit, place.Folders, place.FilePath(declaration));
            var cleaned = await GeneratedSyntaxCleanup.ApplyAsync(document, cancellationToken).ConfigureAwait(false);
            return cleaned.Project.Solution;
        }

        /// <summary>Beside the compilation's first spec file, else beside the call site; null when C# is too old for the file-scoped namespace the file uses.</summary>
        private static NewSpecPlace? Place(Document callSite, SyntaxNode root, Diagnostic diagnostic)
        {
            var home = diagnostic.Properties.TryGetValue(FlagDiagnosticProperties.SpecFile, out var specFile) && specFile is not null
                ? callSite.Project.Documents.FirstOrDefault(document => document.FilePath == specFile)
                : null;
            var namespaceName = home is not null
                ? diagnostic.Properties[FlagDiagnosticProperties.SpecNamespace]
                : root.FindNode(diagnostic.Location.SourceSpan).AncestorsAndSelf().OfType<BaseNamespaceDeclarationSyntax>().FirstOrDefault()?.Name.ToString();
            namespaceName = string.IsNullOrEmpty(namespaceName) ? null : namespaceName;

            if (namespaceName is not null && ((CSharpParseOptions)root.SyntaxTree.Options).LanguageVersion < LanguageVersion.CSharp10)
            {
                return null;
            }

            var beside = home ?? callSite;
            return new NewSpecPlace(namespaceName, beside.Folders, beside.FilePath is null ? null : Path.GetDirectoryName(beside.FilePath));
        }

        private static bool IsFree(Compilation compilation, Project project, NewSpecPlace place, string typeName)
        {
            var prefix = place.Namespace is null ? string.Empty : place.Namespace + ".";
            var stubName = MetricStubBuilder.StubTypeName(typeName, MetricRole.Success);
            return compilation.GetTypeByMetadataName(prefix + typeName) is null
                && compilation.GetTypeByMetadataName(prefix + stubName) is null
                && !project.Documents.Any(document => document.Name == typeName + ".cs" && document.Folders.SequenceEqual(place.Folders));
        }

        private static string NewLine(SyntaxNode root) =>
            root.DescendantTrivia().FirstOrDefault(trivia => trivia.IsKind(SyntaxKind.EndOfLineTrivia)).ToString() is { Length: > 0 } newLine
                ? newLine
                : "\n";

        /// <summary>Where the new spec's file goes and which namespace it declares.</summary>
        private sealed class NewSpecPlace
        {
            private readonly string? _directory;

            public NewSpecPlace(string? namespaceName, IReadOnlyList<string> folders, string? directory)
            {
                Namespace = namespaceName;
                Folders = folders;
                _directory = directory;
            }

            public string? Namespace { get; }

            public IReadOnlyList<string> Folders { get; }

            public string FileName(SpecDeclaration declaration) => declaration.Spec.Identifier.ValueText + ".cs";

            public string? FilePath(SpecDeclaration declaration) =>
                _directory is null ? null : Path.Combine(_directory, FileName(declaration));
        }
    }
}
