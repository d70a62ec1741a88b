using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.Json;
using System.Xml.Linq;
using SpecAnalyzers.PackageTests.Infrastructure;

namespace SpecAnalyzers.PackageTests;

/// <summary>What <c>dotnet pack</c> puts in SpecAnalyzers.nupkg and its symbol package, read from the zip files.</summary>
[Collection(PackageCollection.Name)]
public sealed class PackageContentTests(PackageFixture package)
{
    private const string DeclareTool = "tools/declare/";

    private const string Analyzers = "analyzers/dotnet/cs/";

    private const string PrecompiledAnalyzers = "tools/analyzers-precompiled/linux-x64/";

    /// <summary>IMAGE_FILE_MACHINE_AMD64 XOR the ReadyToRun marker of Linux: an image only linux-x64's runtime runs natively.</summary>
    private const Machine LinuxX64ReadyToRun = (Machine)(0x8664 ^ 0x7B79);

    [Fact]
    public void Package_HoldsExactlyTheProductFiles()
    {
        Assert.Equal(
            [
                "README.md",
                "analyzers/dotnet/cs/SpecAnalyzers.CodeFixes.dll",
                "analyzers/dotnet/cs/SpecAnalyzers.dll",
                "buildTransitive/SpecAnalyzers.props",
                "buildTransitive/SpecAnalyzers.targets",
                "buildTransitive/presets/SpecAnalyzers.default.globalconfig",
                "buildTransitive/presets/SpecAnalyzers.relaxed.globalconfig",
                "buildTransitive/presets/SpecAnalyzers.strict.globalconfig",
                "buildTransitive/schemas/specs.schema.json",
                "buildTransitive/tasks/netstandard2.0/SpecAnalyzers.Catalog.dll",
                "lib/netstandard2.0/SpecAnalyzers.Annotations.dll",
                "lib/netstandard2.0/SpecAnalyzers.Annotations.xml",
                "tools/analyzers-precompiled/linux-x64/SpecAnalyzers.CodeFixes.dll",
                "tools/analyzers-precompiled/linux-x64/SpecAnalyzers.dll",
            ],
            ContentEntries(package.PackagePath).Where(entry => !entry.StartsWith(DeclareTool, StringComparison.Ordinal)));
    }

    [Fact]
    public void DeclareTool_HoldsItsProgramEveryAssemblyItsDepsFileNames_AndTheDotNetBuildHost()
    {
        var entries = ContentEntries(package.PackagePath).Where(entry => entry.StartsWith(DeclareTool, StringComparison.Ordinal)).Select(entry => entry[DeclareTool.Length..]).ToList();
        using var deps = JsonDocument.Parse(Entry(DeclareTool + "SpecAnalyzers.Declare.deps.json"));
        var runtimeAssemblies = deps.RootElement.GetProperty("targets").EnumerateObject().Single().Value.EnumerateObject()
            .SelectMany(library => library.Value.TryGetProperty("runtime", out var runtime) ? runtime.EnumerateObject().Select(asset => Path.GetFileName(asset.Name)) : [])
            .ToList();

        // Framework-dependent and complete: the program, its two run-time files, and exactly the assemblies it was built with.
        Assert.Equal(
            runtimeAssemblies.Append("SpecAnalyzers.Declare.deps.json").Append("SpecAnalyzers.Declare.runtimeconfig.json").Order(StringComparer.Ordinal),
            entries.Where(entry => !entry.Contains('/')));
        Assert.Contains("SpecAnalyzers.Declare.dll", runtimeAssemblies);
        Assert.Contains("Microsoft.CodeAnalysis.Workspaces.MSBuild.dll", runtimeAssemblies);
        // MSBuildWorkspace loads projects in its .NET build host, beside it; not the .NET Framework one, no symbols, no satellites.
        Assert.Contains("BuildHost-netcore/Microsoft.CodeAnalysis.Workspaces.MSBuild.BuildHost.dll", entries);
        Assert.Contains("BuildHost-netcore/Microsoft.CodeAnalysis.Workspaces.MSBuild.BuildHost.runtimeconfig.json", entries);
        Assert.All(entries.Where(entry => entry.Contains('/')), entry => Assert.Matches("^BuildHost-netcore/[^/]+$", entry));
        Assert.DoesNotContain(entries, entry => entry.EndsWith(".pdb", StringComparison.Ordinal));

        // Run by whatever .NET runtime runs the build, 8.0 or later.
        using var runtimeConfig = JsonDocument.Parse(Entry(DeclareTool + "SpecAnalyzers.Declare.runtimeconfig.json"));
        var options = runtimeConfig.RootElement.GetProperty("runtimeOptions");
        Assert.Equal("Microsoft.NETCore.App", options.GetProperty("framework").GetProperty("name").GetString());
        Assert.Equal("Major", options.GetProperty("rollForward").GetString());
    }

    [Fact]
    public void SymbolPackage_HoldsTheAnnotationsSymbols()
    {
        Assert.Equal(["lib/netstandard2.0/SpecAnalyzers.Annotations.pdb"], ContentEntries(package.SymbolPackagePath));
    }

    [Fact]
    public void Nuspec_DescribesAnOrdinaryDependencyWithNoDependenciesOfItsOwn()
    {
        var metadata = package.Nuspec.Root!.Elements().Single(element => element.Name.LocalName == "metadata");

        Assert.Equal("SpecAnalyzers", Value(metadata, "id"));
        Assert.Equal("MIT", Value(metadata, "license"));
        Assert.Equal("expression", Element(metadata, "license").Attribute("type")?.Value);
        Assert.Equal("README.md", Value(metadata, "readme"));
        var repository = Element(metadata, "repository");
        Assert.Equal("git", repository.Attribute("type")?.Value);
        Assert.StartsWith("https://github.com/", repository.Attribute("url")?.Value);
        Assert.Matches("^[0-9a-f]{40}$", repository.Attribute("commit")?.Value ?? "");
        Assert.Subset(Value(metadata, "tags").Split(' ').ToHashSet(), new HashSet<string> { "roslyn", "analyzers", "feature-flags", "experiments" });
        Assert.StartsWith(package.Version + ":", Value(metadata, "releaseNotes"));
        // The annotations are compiled into the user's product, so the package must not be development-only.
        Assert.Null(metadata.Elements().SingleOrDefault(element => element.Name.LocalName == "developmentDependency"));
        var group = Assert.Single(Element(metadata, "dependencies").Elements());
        Assert.Equal(".NETStandard2.0", group.Attribute("targetFramework")?.Value);
        Assert.Empty(group.Elements());
    }

    [Fact]
    public void Pack_SameBuildPacksToTheSameBytes()
    {
        var again = Path.Combine(package.Root, "feed-again");

        var pack = package.Pack(again);

        Assert.True(pack.ExitCode == 0, pack.ToString());
        Assert.Equal(File.ReadAllBytes(package.PackagePath), File.ReadAllBytes(Path.Combine(again, Path.GetFileName(package.PackagePath))));
        Assert.Equal(File.ReadAllBytes(package.SymbolPackagePath), File.ReadAllBytes(Path.Combine(again, Path.GetFileName(package.SymbolPackagePath))));
    }

    [Fact]
    public void PrecompiledAnalyzers_AreALinuxX64ReadyToRunImageOfTheILAnalyzers_BesideTheSameCodeFixes()
    {
        var il = Entry(Analyzers + "SpecAnalyzers.dll");
        var precompiled = Entry(PrecompiledAnalyzers + "SpecAnalyzers.dll");

        Assert.True(IsReadyToRun(precompiled));
        Assert.Equal(LinuxX64ReadyToRun, Headers(precompiled).CoffHeader.Machine);
        // Every host NuGet gives analyzers/dotnet/cs to gets plain IL, whatever it runs on.
        Assert.False(IsReadyToRun(il));
        Assert.False(IsReadyToRun(Entry(Analyzers + "SpecAnalyzers.CodeFixes.dll")));
        // The same assembly: its identity, and the module the image was compiled from.
        Assert.Equal(Identity(il), Identity(precompiled));
        // The code fixes bind to the analyzers beside them by that identity: the IL code fixes, unchanged.
        Assert.Equal(Entry(Analyzers + "SpecAnalyzers.CodeFixes.dll"), Entry(PrecompiledAnalyzers + "SpecAnalyzers.CodeFixes.dll"));
    }

    [Theory]
    [InlineData(Analyzers + "SpecAnalyzers.dll", false)]
    [InlineData(Analyzers + "SpecAnalyzers.CodeFixes.dll", true)]
    [InlineData(PrecompiledAnalyzers + "SpecAnalyzers.dll", false)]
    public void AnalyzerAssemblies_ReferenceRoslyn48Only_AndOnlyTheFixesReferenceWorkspaces(string entry, bool referencesWorkspaces)
    {
        var references = AssemblyReferences(entry);

        // Roslyn 4.8 loads in every current IDE and SDK; the compiler never loads Workspaces.
        Assert.Contains("Microsoft.CodeAnalysis", references.Keys);
        Assert.All(
            references.Where(reference => reference.Key.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal)),
            reference => Assert.Equal(new Version(4, 8, 0, 0), reference.Value));
        Assert.Equal(referencesWorkspaces, references.ContainsKey("Microsoft.CodeAnalysis.Workspaces"));
    }

    /// <summary>The package's files, without the zip parts NuGet itself writes.</summary>
    private static List<string> ContentEntries(string packagePath)
    {
        using var archive = ZipFile.OpenRead(packagePath);
        return archive.Entries
            .Select(entry => entry.FullName)
            .Where(name => name != "[Content_Types].xml"
                && !name.StartsWith("_rels/", StringComparison.Ordinal)
                && !name.StartsWith("package/services/metadata/", StringComparison.Ordinal)
                && !name.EndsWith(".nuspec", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private Dictionary<string, Version> AssemblyReferences(string entryName)
    {
        using var copy = new MemoryStream(Entry(entryName));
        using var reader = new PEReader(copy);
        var metadata = reader.GetMetadataReader();
        return metadata.AssemblyReferences
            .Select(handle => metadata.GetAssemblyReference(handle))
            .ToDictionary(reference => metadata.GetString(reference.Name), reference => reference.Version);
    }

    private byte[] Entry(string entryName) => package.ReadEntry(entryName);

    private static PEHeaders Headers(byte[] image)
    {
        using var reader = new PEReader(new MemoryStream(image));
        return reader.PEHeaders;
    }

    /// <summary>ReadyToRun code is found through the CLI header's managed native header.</summary>
    private static bool IsReadyToRun(byte[] image) => Headers(image).CorHeader!.ManagedNativeHeaderDirectory.Size > 0;

    /// <summary>The assembly's full name and its module's version id.</summary>
    private static (string Name, Guid Mvid) Identity(byte[] image)
    {
        using var reader = new PEReader(new MemoryStream(image));
        var metadata = reader.GetMetadataReader();
        return (metadata.GetAssemblyDefinition().GetAssemblyName().FullName, metadata.GetGuid(metadata.GetModuleDefinition().Mvid));
    }

    private static XElement Element(XElement parent, string name) =>
        parent.Elements().Single(element => element.Name.LocalName == name);

    private static string Value(XElement parent, string name) => Element(parent, name).Value;
}
