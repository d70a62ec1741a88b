using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SpecAnalyzers.CodeFixes.Building;
using SpecAnalyzers.CodeFixes.Editing;
using SpecAnalyzers.Evaluations;
using SpecAnalyzers.Model;

namespace SpecAnalyzers.CodeFixes
{
    /// <summary>
    /// Declares a spec for each undeclared key of a set of SPEC201 diagnostics: one new file per key, each key once
    /// (however many call sites evaluate it, in whatever case: Microsoft.FeatureManagement compares names ignoring
    /// case), all beside the compilation's specs — or, while it has none, beside the first call site (by file path
    /// and position), so a bulk declaration lands in one folder and one namespace whatever order a host lists the
    /// diagnostics in. A key whose type or file name is taken is left to a person, and so, in bulk, is a key close to
    /// a declared one (likely a typo: its fix is the declared key, which a person chooses).
    /// </summary>
    internal static class SpecDeclarations
    {
        /// <param name="inBulk">Fix All: keys that are likely typos of a declared key are left out.</param>
        public static async Task<Solution> DeclareAsync(Solution solution, ImmutableArray<Diagnostic> diagnostics, SpecKind kind, bool inBulk, CancellationToken cancellationToken)
        {
            var claims = new Claims();
            var ordered = diagnostics
                .Where(diagnostic => diagnostic.Location.SourceTree is not null && !(inBulk && HasSuggestions(diagnostic)))
                .OrderBy(diagnostic => diagnostic.Location.SourceTree!.FilePath, StringComparer.Ordinal)
                .ThenBy(diagnostic => diagnostic.Location.SourceSpan.Start);
            NewSpecPlace? sharedPlace = null;
            foreach (var diagnostic in ordered)
            {
                // The first-install summary lists the keys of a project that declares no spec yet: adopting them.
                var adopting = diagnostic.Properties.ContainsKey(FlagDiagnosticProperties.UndeclaredKeys);
                foreach (var key in KeysOf(diagnostic))
                {
                    var callSite = FindDocument(solution, diagnostic.Location.SourceTree!);
                    var compilation = callSite is null ? null : await callSite.Project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
                    if (callSite is null || compilation is null || Plan(callSite.Project, compilation, key, diagnostic, claims, cancellationToken) is not { } plan)
                    {
                        continue;
                    }

                    sharedPlace ??= plan.Place;
                    claims.Claim(plan.Key, plan.TypeName);
                    solution = await DeclareAsync(callSite, plan.Key, kind, sharedPlace, adopting, cancellationToken).ConfigureAwait(false);
                }
            }

            return solution;
        }

        private static bool HasSuggestions(Diagnostic diagnostic) =>
            diagnostic.Properties.TryGetValue(FlagDiagnosticProperties.Suggestions, out var suggestions) && !string.IsNullOrEmpty(suggestions);

        /// <summary>
        /// The document of <paramref name="tree"/>; by its path when the tree is of an earlier version of the solution
        /// (a host running several fixers in a row hands each the diagnostics of the first analysis).
        /// </summary>
        private static Document? FindDocument(Solution solution, SyntaxTree tree) =>
            solution.GetDocument(tree)
            ?? solution.GetDocumentIdsWithFilePath(tree.FilePath).Select(solution.GetDocument).FirstOrDefault(document => document is not null);

        /// <summary>
        /// The keys <paramref name="diagnostic"/> is about: every undeclared key for the summary SPEC201 reports while
        /// the compilation declares no spec, else its one key.
        /// </summary>
        public static IReadOnlyList<string> KeysOf(Diagnostic diagnostic)
        {
            if (diagnostic.Properties.TryGetValue(FlagDiagnosticProperties.UndeclaredKeys, out var keys) && !string.IsNullOrEmpty(keys))
            {
                return keys!.Split(FlagDiagnosticProperties.Separator);
            }

            // Declared as the configuration spells the flag when it has it, else as the call site writes it: the call
            // site is left as it is, so what runs does not change.
            if (diagnostic.Properties.TryGetValue(FlagDiagnosticProperties.ConfiguredSpelling, out var configured) && !string.IsNullOrWhiteSpace(configured))
            {
                return new[] { configured! };
            }

            return diagnostic.Properties.TryGetValue(FlagDiagnosticProperties.Key, out var key) && !string.IsNullOrWhiteSpace(key)
                ? new[] { key! }
                : Array.Empty<string>();
        }

        /// <summary>
        /// What declaring <paramref name="key"/>, found by <paramref name="diagnostic"/> (at a call site, or on a flag in
        /// the configuration), takes; null when it cannot or need not be declared.
        /// </summary>
        public static DeclarationPlan? Plan(Project project, Compilation compilation, string key, Diagnostic diagnostic, Claims claims, CancellationToken cancellationToken)
        {
            if (string.IsNullOrWhiteSpace(key) || claims.HasKey(key))
            {
                return null;
            }

            var place = Place(project, diagnostic, cancellationToken);
            var typeName = SpecNames.ToPascalCase(key);
            return place is not null && SyntaxFacts.IsValidIdentifier(typeName) && !claims.HasTypeName(typeName) && IsFree(compilation, project, place, typeName)
                ? new DeclarationPlan(key, typeName, place)
                : null;
        }

        /// <summary>
        /// Adds the spec of <paramref name="key"/> in a new file at <paramref name="place"/>; its templates follow the
        /// settings and line endings of <paramref name="optionsSource"/> (the call site, or the file beside which it goes).
        /// </summary>
        /// <param name="adopting">
        /// The flag existed before the team adopted SpecAnalyzers: the spec carries <c>[AdoptionExemption]</c> with the
        /// configured date and no metric stub (<see cref="SpecDeclarationBuilder.BuildAdopted"/>). So is every spec while
        /// <c>spec_analyzers.declare_as_adopted = true</c>.
        /// </param>
        internal static async Task<Solution> DeclareAsync(Document optionsSource, string key, SpecKind kind, NewSpecPlace place, bool adopting, CancellationToken cancellationToken)
        {
            var tree = (await optionsSource.GetSyntaxTreeAsync(cancellationToken).ConfigureAwait(false))!;
            var options = SpecFixOptions.Read(optionsSource, tree);
            var parts = new SpecPartAttributeBuilder(options);
            var declaration = adopting || options.DeclaresAsAdopted ? SpecDeclarationBuilder.BuildAdopted(kind, key, parts) : SpecDeclarationBuilder.Build(kind, key, parts);
            var unit = declaration.ToCompilationUnit(place.Namespace, NewLine(await tree.GetRootAsync(cancellationToken).ConfigureAwait(false)));
            var document = optionsSource.Project.AddDocument(place.FileName(declaration), unit, place.Folders, place.FilePath(declaration));
            var cleaned = await GeneratedSyntaxCleanup.ApplyAsync(document, cancellationToken).ConfigureAwait(false);
            return cleaned.Project.Solution;
        }

        /// <summary>
        /// Beside the compilation's first spec file, in its namespace; else beside the call site, in its namespace; else
        /// (a flag only the configuration names) beside the project's first C# file, in the global namespace. Null when
        /// C# is too old for the file-scoped namespace the file would use.
        /// </summary>
        private static NewSpecPlace? Place(Project project, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            var home = diagnostic.Properties.TryGetValue(FlagDiagnosticProperties.SpecFile, out var specFile) && specFile is not null
                ? project.Documents.FirstOrDefault(document => document.FilePath == specFile)
                : null;
            var callSiteTree = diagnostic.Location.SourceTree;
            var namespaceName = home is not null
                ? diagnostic.Properties[FlagDiagnosticProperties.SpecNamespace]
                : callSiteTree?.GetRoot(cancellationToken).FindNode(diagnostic.Location.SourceSpan).AncestorsAndSelf().OfType<BaseNamespaceDeclarationSyntax>().FirstOrDefault()?.Name.ToString();
            namespaceName = string.IsNullOrEmpty(namespaceName) ? null : namespaceName;

            var parseOptions = callSiteTree?.Options ?? project.ParseOptions;
            if (namespaceName is not null && parseOptions is CSharpParseOptions { LanguageVersion: < LanguageVersion.CSharp10 })
            {
                return null;
            }

            var beside = home ?? (callSiteTree is null ? project.Documents.FirstOrDefault() : project.GetDocument(callSiteTree));
            var filePath = beside?.FilePath ?? callSiteTree?.FilePath;
            return new NewSpecPlace(
                namespaceName,
                beside?.Folders ?? Array.Empty<string>(),
                string.IsNullOrEmpty(filePath) ? null : Path.GetDirectoryName(filePath),
                beside);
        }

        /// <summary>Whether the spec's type, its metric stub and its file name are all free at <paramref name="place"/>.</summary>
        internal static bool IsFree(Compilation compilation, Project project, NewSpecPlace place, string typeName)
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

        /// <summary>A key to declare, the type it is declared as, and where.</summary>
        internal sealed record DeclarationPlan(string Key, string TypeName, NewSpecPlace Place);

        /// <summary>
        /// The keys and type names one run has declared: keys compared ignoring case (two spellings of one
        /// Microsoft.FeatureManagement name are one flag), type names as C# compares them.
        /// </summary>
        internal sealed class Claims
        {
            private readonly HashSet<string> _keys = new(StringComparer.OrdinalIgnoreCase);
            private readonly HashSet<string> _typeNames = new(StringComparer.Ordinal);

            public bool HasKey(string key) => _keys.Contains(key);

            public bool HasTypeName(string typeName) => _typeNames.Contains(typeName);

            public void Claim(string key, string typeName)
            {
                _keys.Add(key);
                _typeNames.Add(typeName);
            }
        }

        /// <summary>Where a new spec's file goes and which namespace it declares.</summary>
        internal sealed class NewSpecPlace
        {
            private readonly string? _directory;

            public NewSpecPlace(string? namespaceName, IReadOnlyList<string> folders, string? directory, Document? beside)
            {
                Namespace = namespaceName;
                Folders = folders;
                _directory = directory;
                Beside = beside;
            }

            public string? Namespace { get; }

            /// <summary>The document the new file goes beside: its settings and line endings shape the new file.</summary>
            public Document? Beside { get; }

            public IReadOnlyList<string> Folders { get; }

            public string FileName(SpecDeclaration declaration) => declaration.Spec.Identifier.ValueText + ".cs";

            public string? FilePath(SpecDeclaration declaration) =>
                _directory is null ? null : Path.Combine(_directory, FileName(declaration));
        }
    }
}
