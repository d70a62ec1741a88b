using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.FeatureManagement;
using SpecAnalyzers.Testing;

namespace SpecAnalyzers.Tests.ValidCode;

/// <summary>tests/SpecAnalyzers.ValidCode as the analyzers see it when it builds: its sources and its global config.</summary>
internal static class ValidCodeProject
{
    public static string Directory { get; } = Path.Combine(RepositoryRoot.Path, "tests", "SpecAnalyzers.ValidCode");

    /// <summary>The project's <c>SpecAnalyzers.globalconfig</c> (the pinned reference date) as analyzer options.</summary>
    public static AnalyzerOptions Options { get; } = new(
        [],
        GlobalAnalyzerOptions.Parse(File.ReadAllText(Path.Combine(Directory, "SpecAnalyzers.globalconfig"))));

    public static async Task<Compilation> CompileAsync()
    {
        var sources = System.IO.Directory.EnumerateFiles(Directory, "*.cs", SearchOption.AllDirectories)
            .Where(path => !Path.GetRelativePath(Directory, path).Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Order(StringComparer.Ordinal)
            .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), path: path));
        var framework = await TestReferences.Net100.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);

        // The project's implicit usings that its sources rely on.
        var implicitUsings = CSharpSyntaxTree.ParseText("global using System; global using System.Threading.Tasks;", path: "ImplicitUsings.cs");
        return CSharpCompilation.Create(
            "ValidCode",
            sources.Append(implicitUsings),
            framework.Add(TestReferences.Annotations).Add(MetadataReference.CreateFromFile(typeof(IFeatureManager).Assembly.Location)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }
}
