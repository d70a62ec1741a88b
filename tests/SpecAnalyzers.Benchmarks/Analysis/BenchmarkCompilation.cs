using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using SpecAnalyzers.Benchmarks.Generation;

namespace SpecAnalyzers.Benchmarks.Analysis;

/// <summary>Turns a generated project into a compilation, the way the compiler would build it.</summary>
internal static class BenchmarkCompilation
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> Framework = new(LoadFramework);

    private static readonly MetadataReference Annotations = MetadataReference.CreateFromFile(typeof(FeatureFlagAttribute).Assembly.Location);

    /// <summary>
    /// Parses the project once: parsing is not timed, every benchmark iteration starts from a fresh compilation
    /// over these trees. Binding is single-threaded, and the analysis runs one callback at a time
    /// (<see cref="SpecAnalyzerSet.Attach"/>) on a thread beside the compiler's, as in a build: every time measured is
    /// then CPU work, free of lock waits between threads, and the shares are shares of work.
    /// </summary>
    public static CSharpCompilation Create(GeneratedProject project)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.CSharp12);
        var trees = project.Documents.Select(document => CSharpSyntaxTree.ParseText(document.Text, parseOptions, document.Path));
        var references = project.Shape == ProjectShape.WithoutAnnotations ? Framework.Value : Framework.Value.Add(Annotations);
        var options = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: false);
        return CSharpCompilation.Create("Product", trees, references, options);
    }

    /// <summary>
    /// The compilation a build makes of the project: every file a new syntax tree, so nothing kept per tree (the
    /// compiler's declaration table, an analyzer's cache of a file's syntax) carries over from the last invocation.
    /// The trees share the parsed nodes of <paramref name="template"/>: parsing stays out of the measurement.
    /// </summary>
    public static CSharpCompilation WithFreshTrees(CSharpCompilation template) =>
        template.RemoveAllSyntaxTrees().AddSyntaxTrees(template.SyntaxTrees.Select(FreshTree));

    /// <summary>
    /// <paramref name="compilation"/> as the compiler hands it to analyzers: its references bound and its files'
    /// declarations merged. Whichever code touches a fresh compilation's symbols first would otherwise pay for that,
    /// and that is the compilation-start action of the first analyzer.
    /// </summary>
    public static T Declared<T>(T compilation)
        where T : Compilation
    {
        _ = compilation.Assembly.GlobalNamespace.GetMembers();
        return compilation;
    }

    /// <summary>
    /// The project's AdditionalFiles (its flag configuration) as a build hands them to analyzers: each a new text.
    /// SpecAnalyzers reads a configuration once per text, so a text kept from the last invocation would be read for free.
    /// </summary>
    public static ImmutableArray<AdditionalText> AdditionalTexts(GeneratedProject project) =>
        [.. project.AdditionalFiles.Select(file => new GeneratedAdditionalText(file.Path, SourceText.From(file.Text)))];

    /// <summary>
    /// A new tree over the same parsed nodes and the same text, as an editor's new version of a file would be. A
    /// compiler's trees are parsed from their text and keep it; a tree made from a root alone
    /// (<c>CSharpSyntaxTree.Create</c>) has none and prints its whole syntax on the first call to <c>GetText</c>.
    /// Changing the path makes a new tree; changing it back restores the one that .editorconfig sections match.
    /// </summary>
    public static SyntaxTree FreshTree(SyntaxTree tree) => tree.WithFilePath(tree.FilePath + "~").WithFilePath(tree.FilePath);

    /// <summary>The analyzers must be measured on code as a team commits it: code that compiles.</summary>
    public static void AssertCompiles(ImmutableArray<Diagnostic> compilerDiagnostics)
    {
        var errors = compilerDiagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"The generated project does not compile ({errors.Count} errors), e.g. {errors[0]}");
        }
    }

    /// <summary>The reference assemblies of the SDK running the benchmark: what a net10.0 project compiles against.</summary>
    private static ImmutableArray<MetadataReference> LoadFramework()
    {
        var dotnetRoot = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", ".."));
        var packs = new DirectoryInfo(Path.Combine(dotnetRoot, "packs", "Microsoft.NETCore.App.Ref"));
        var referenceDirectory = packs.Exists
            ? packs.GetDirectories().OrderByDescending(directory => Version.TryParse(directory.Name, out var version) ? version : null)
                .Select(directory => Path.Combine(directory.FullName, "ref", "net" + Environment.Version.ToString(2)))
                .FirstOrDefault(Directory.Exists)
            : null;
        if (referenceDirectory is null)
        {
            throw new InvalidOperationException($"No Microsoft.NETCore.App.Ref pack under {packs.FullName}: run the benchmark with the .NET SDK.");
        }

        return [.. Directory.GetFiles(referenceDirectory, "*.dll").Select(path => MetadataReference.CreateFromFile(path))];
    }
}
