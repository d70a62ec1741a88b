extern alias catalog;

using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using catalog::SpecAnalyzers.Catalog;
using catalog::SpecAnalyzers.Catalog.Model;
using SpecAnalyzers.Tests.Verifiers;

namespace SpecAnalyzers.Tests.Catalogs;

/// <summary>
/// Assemblies compiled from source into a temporary folder, each with its portable PDB, as a build leaves them in
/// bin/: the catalog reads them as it reads a real build's output.
/// </summary>
internal sealed class CompiledProduct : IDisposable
{
    /// <summary>The day the tests judge dates against.</summary>
    public static readonly DateTime ReferenceDate = new(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc);

    private static readonly MetadataReference[] Framework =
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path) is "System.Runtime.dll" or "System.Private.CoreLib.dll" or "netstandard.dll")
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .Append(TestReferences.Annotations)
            .ToArray();

    private readonly List<(string Path, MetadataReference Reference)> assemblies = [];
    private readonly Dictionary<string, CSharpCompilation> compilations = [];

    public CompiledProduct() => Directory.CreateDirectory(Folder);

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "SpecAnalyzers.Tests.Catalog", Guid.NewGuid().ToString("N")[..12]);

    /// <summary>Compiles <paramref name="files"/> (path → source, paths under <see cref="Folder"/>) against the earlier assemblies.</summary>
    public string Add(string name, IReadOnlyDictionary<string, string> files)
    {
        var trees = files.Select(file => CSharpSyntaxTree.ParseText(file.Value, path: Path.Combine(Folder, file.Key), encoding: Encoding.UTF8));
        foreach (var (path, text) in files)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(Folder, path))!);
            File.WriteAllText(Path.Combine(Folder, path), text);
        }

        var compilation = CSharpCompilation.Create(
            name,
            trees,
            Framework.Concat(assemblies.Select(assembly => assembly.Reference)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var assemblyPath = Path.Combine(Folder, "bin", name + ".dll");
        Directory.CreateDirectory(Path.GetDirectoryName(assemblyPath)!);
        using (var pe = File.Create(assemblyPath))
        using (var pdb = File.Create(Path.ChangeExtension(assemblyPath, ".pdb")))
        {
            var result = compilation.Emit(pe, pdb, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb, pdbFilePath: Path.ChangeExtension(assemblyPath, ".pdb")));
            Assert.True(result.Success, string.Join(Environment.NewLine, result.Diagnostics));
        }

        assemblies.Add((assemblyPath, MetadataReference.CreateFromFile(assemblyPath)));
        compilations.Add(name, compilation);
        return assemblyPath;
    }

    /// <summary>The compilation <see cref="Add"/> emitted as <paramref name="name"/>: the analyzers can run on what the catalog reads.</summary>
    public CSharpCompilation Compilation(string name) => compilations[name];

    /// <summary>Writes a file that is not compiled (configuration, .editorconfig) under <see cref="Folder"/>; returns its full path.</summary>
    public string Write(string path, string text)
    {
        var fullPath = Path.Combine(Folder, path);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        File.WriteAllText(fullPath, text);
        return fullPath;
    }

    /// <summary>
    /// The catalog of the last assembly added, with the others as its references; source paths relative to
    /// <paramref name="sourceRoot"/> (a folder under <see cref="Folder"/>), else to <see cref="Folder"/>.
    /// </summary>
    public SpecCatalog Read(string? sourceRoot = null, CatalogContext? context = null)
    {
        var leftOut = new List<string>();
        var catalog = SpecCatalogReader.Read(
            assemblies[^1].Path,
            assemblies.Take(assemblies.Count - 1).Select(assembly => assembly.Path).Append(TestReferences.Annotations.Display!),
            ReferenceDate,
            sourceRoot is null ? Folder : Path.Combine(Folder, sourceRoot),
            (path, exception) => leftOut.Add(path + ": " + exception.Message),
            context);
        Assert.Empty(leftOut);
        return catalog;
    }

    public static SpecCatalog ReadOne(string source)
    {
        using var product = new CompiledProduct();
        product.Add("Product", new Dictionary<string, string> { ["Specs.cs"] = source });
        return product.Read();
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is not worth failing a test for.
        }
    }
}
