using System.Collections.Concurrent;
using System.IO.Compression;
using System.Reflection;
using System.Xml.Linq;

namespace SpecAnalyzers.PackageTests.Infrastructure;

/// <summary>
/// Packs SpecAnalyzers once per test run into a temporary folder feed, and makes consumer projects that take it
/// from there by version. Restores go to a package folder of the run's own, so a copy of the same version cached
/// by an earlier run or by the developer's machine is never used. Everything lives under one temporary folder
/// that is deleted afterwards.
/// </summary>
public sealed class PackageFixture : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<object>> sharedResults = new();

    public PackageFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "SpecAnalyzers.PackageTests", Guid.NewGuid().ToString("N")[..12]);
        FeedFolder = Path.Combine(Root, "feed");
        Directory.CreateDirectory(FeedFolder);
        PackagesFolder = Path.Combine(Root, "packages");
        Cli = new DotnetCli(PackagesFolder);

        var pack = Pack(FeedFolder);
        if (pack.ExitCode != 0)
        {
            throw new InvalidOperationException("Packing SpecAnalyzers failed: " + pack);
        }

        PackagePath = Directory.GetFiles(FeedFolder, "SpecAnalyzers.*.nupkg").Single();
        SymbolPackagePath = Directory.GetFiles(FeedFolder, "SpecAnalyzers.*.snupkg").Single();
        Nuspec = ReadNuspec(PackagePath);
        Version = Nuspec.Descendants(Nuspec.Root!.Name.Namespace + "version").Single().Value;
        WriteConsumerIsolation();
    }

    /// <summary>The temporary folder holding the feed, the package folder and the consumer projects.</summary>
    public string Root { get; }

    public string FeedFolder { get; }

    /// <summary>The NuGet package folder consumers restore into (NUGET_PACKAGES).</summary>
    public string PackagesFolder { get; }

    /// <summary>Where consumers' restores extract this package: NuGet's folder for the id (lower-cased) and version.</summary>
    public string InstalledPackageFolder => Path.Combine(PackagesFolder, "specanalyzers", Version);

    public string PackagePath { get; }

    public string SymbolPackagePath { get; }

    public XDocument Nuspec { get; }

    public string Version { get; }

    internal DotnetCli Cli { get; }

    /// <summary>Packs the already built package project (as <c>dotnet test</c> built it) into <paramref name="outputFolder"/>.</summary>
    internal ProcessResult Pack(string outputFolder)
    {
        var assembly = typeof(PackageFixture).Assembly;
        return Cli.Run(
            Path.GetDirectoryName(Metadata(assembly, "PackageProject"))!,
            "pack", Metadata(assembly, "PackageProject"),
            "--no-build",
            "--configuration", Metadata(assembly, "Configuration"),
            "--output", outputFolder);
    }

    /// <summary>A new consumer project in its own folder, referencing the packed version of SpecAnalyzers.</summary>
    internal ConsumerProject CreateConsumer(
        string name,
        IReadOnlyDictionary<string, string> files,
        IReadOnlyDictionary<string, string>? properties = null) =>
        ConsumerProject.Create(Path.Combine(Root, "consumers", name), Version, Cli, files, properties);

    /// <summary>The bytes of one file of the package, by its path in the package.</summary>
    internal byte[] ReadEntry(string entryName)
    {
        using var archive = ZipFile.OpenRead(PackagePath);
        using var copy = new MemoryStream();
        using (var stream = (archive.GetEntry(entryName) ?? throw new InvalidOperationException(entryName + " is not in the package")).Open())
        {
            stream.CopyTo(copy);
        }

        return copy.ToArray();
    }

    /// <summary>Runs <paramref name="run"/> once per test run; tests asserting different things about one build share it.</summary>
    internal T Shared<T>(string key, Func<T> run)
        where T : notnull =>
        (T)sharedResults.GetOrAdd(key, _ => new Lazy<object>(() => run())).Value;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is not worth failing the run for.
        }
    }

    /// <summary>The enabled sources <c>dotnet nuget list source</c> reports here, before this run adds its own config.</summary>
    private IEnumerable<string> MachinePackageSources()
    {
        var list = Cli.Run(Root, "nuget", "list", "source", "--format", "short");
        if (list.ExitCode != 0)
        {
            throw new InvalidOperationException("Listing the machine's package sources failed: " + list);
        }

        // One line per source: "E https://…" for an enabled one, "D …" for a disabled one.
        return list.Output.Split('\n', StringSplitOptions.TrimEntries)
            .Where(line => line.StartsWith("E ", StringComparison.Ordinal))
            .Select(line => line[2..].Trim());
    }

    private static XElement Source(string key, string value) =>
        new("add", new XAttribute("key", key), new XAttribute("value", value));

    private static XElement Mapping(string key, string pattern) =>
        new("packageSource", new XAttribute("key", key), new XElement("package", new XAttribute("pattern", pattern)));

    private static XDocument ReadNuspec(string packagePath)
    {
        using var archive = ZipFile.OpenRead(packagePath);
        var entry = archive.Entries.Single(entry => entry.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var stream = entry.Open();
        return XDocument.Load(stream);
    }

    private static string Metadata(Assembly assembly, string key) =>
        assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(attribute => attribute.Key == key).Value!;

    /// <summary>
    /// Consumer projects take SpecAnalyzers only from this run's feed, anything else only from the package sources
    /// this machine is configured with, and see none of the Directory.Build / central package files of the folders
    /// above the temporary folder.
    /// </summary>
    private void WriteConsumerIsolation()
    {
        var machineSources = MachinePackageSources()
            .Select((source, index) => (Key: $"machine-{index + 1}", Url: source))
            .ToList();
        var config = new XDocument(new XElement("configuration",
            new XElement("packageSources",
                new XElement("clear"),
                Source("local", FeedFolder),
                machineSources.Select(source => Source(source.Key, source.Url))),
            new XElement("packageSourceMapping",
                Mapping("local", "SpecAnalyzers"),
                machineSources.Select(source => Mapping(source.Key, "*")))));
        config.Save(Path.Combine(Root, "nuget.config"));
        foreach (var file in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
        {
            File.WriteAllText(Path.Combine(Root, file), "<Project />\n");
        }
    }
}
