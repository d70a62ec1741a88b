extern alias catalog;

using System.Collections;
using System.Text.Json;
using Microsoft.Build.Framework;
using catalog::SpecAnalyzers.Catalog;

namespace SpecAnalyzers.Tests.Catalogs;

/// <summary>
/// The task picks the flag configuration among the AdditionalFiles MSBuild hands it exactly as the analyzers do:
/// appsettings*.json unless SpecAnalyzersReadAppSettings is false, and files marked SpecAnalyzersFlagConfiguration.
/// </summary>
public sealed class WriteSpecCatalogTaskTests
{
    private const string Specs = """
        using SpecAnalyzers;

        namespace Shop;

        [FeatureFlag("quick-pay", Phase = Phase.Build)]
        public sealed class QuickPay { }

        [FeatureFlag("one-click", Phase = Phase.Build)]
        public sealed class OneClick { }
        """;

    [Theory]
    [InlineData(null, new[] { "quick-pay", "one-click" })]
    [InlineData("false", new[] { "one-click" })]
    [InlineData(" FALSE ", new[] { "one-click" })]
    public void ReadsAppSettingsUnlessTurnedOff_AndMarkedFilesAlways(string? readAppSettings, string[] configured)
    {
        using var product = new CompiledProduct();
        var assembly = product.Add("Shop", new Dictionary<string, string> { ["Specs.cs"] = Specs });
        var appSettings = product.Write("appsettings.json", """{ "FeatureManagement": { "quick-pay": true } }""");
        var flags = product.Write("flags/features.json", """{ "FeatureManagement": { "one-click": true } }""");
        var notConfiguration = product.Write("owners.txt", "growth");
        var engine = new RecordingBuildEngine();
        var task = new WriteSpecCatalog
        {
            BuildEngine = engine,
            Assembly = assembly,
            References = [new Item(TestReferences.Annotations.Display!)],
            OutputDirectory = Path.Combine(product.Folder, "specs"),
            Formats = "json",
            ReferenceDate = "2026-06-01",
            SourceRoot = product.Folder,
            ProjectDirectory = product.Folder,
            AdditionalFiles = [new Item(appSettings), new Item(flags, ("SpecAnalyzersFlagConfiguration", "true")), new Item(notConfiguration)],
            ReadAppSettings = readAppSettings,
        };

        Assert.True(task.Execute());

        Assert.Empty(engine.Warnings);
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(product.Folder, "specs", "specs.json")));
        var configuredKeys = document.RootElement.GetProperty("specs").EnumerateArray()
            .Where(spec => spec.GetProperty("health").GetProperty("configuration").GetProperty("configured").GetBoolean())
            .Select(spec => spec.GetProperty("key").GetString());
        Assert.Equal(configured.Order(StringComparer.Ordinal), configuredKeys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AConfigurationFileThatCannotBeRead_IsAWarning_AndTheCatalogIsWritten()
    {
        using var product = new CompiledProduct();
        var assembly = product.Add("Shop", new Dictionary<string, string> { ["Specs.cs"] = Specs });
        var engine = new RecordingBuildEngine();
        var task = new WriteSpecCatalog
        {
            BuildEngine = engine,
            Assembly = assembly,
            OutputDirectory = Path.Combine(product.Folder, "specs"),
            Formats = "json",
            SourceRoot = product.Folder,
            AdditionalFiles = [new Item(Path.Combine(product.Folder, "appsettings.json"))],
        };

        Assert.True(task.Execute());

        var warning = Assert.Single(engine.Warnings);
        Assert.Contains("appsettings.json", warning, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(product.Folder, "specs", "specs.json")));
    }

    private sealed class Item(string path, params (string Name, string Value)[] metadata) : ITaskItem
    {
        private readonly Dictionary<string, string> _metadata = metadata.ToDictionary(pair => pair.Name, pair => pair.Value, StringComparer.OrdinalIgnoreCase);

        public string ItemSpec { get; set; } = path;

        public ICollection MetadataNames => _metadata.Keys;

        public int MetadataCount => _metadata.Count;

        public string GetMetadata(string metadataName) =>
            metadataName == "FullPath" ? Path.GetFullPath(ItemSpec) : _metadata.GetValueOrDefault(metadataName, string.Empty);

        public void SetMetadata(string metadataName, string metadataValue) => _metadata[metadataName] = metadataValue;

        public void RemoveMetadata(string metadataName) => _metadata.Remove(metadataName);

        public void CopyMetadataTo(ITaskItem destinationItem) => throw new NotSupportedException();

        public IDictionary CloneCustomMetadata() => new Dictionary<string, string>(_metadata);
    }

    private sealed class RecordingBuildEngine : IBuildEngine
    {
        public List<string> Warnings { get; } = [];

        public bool ContinueOnError => false;

        public int LineNumberOfTaskNode => 0;

        public int ColumnNumberOfTaskNode => 0;

        public string ProjectFileOfTaskNode => "test.csproj";

        public void LogErrorEvent(BuildErrorEventArgs e) => throw new InvalidOperationException(e.Message);

        public void LogWarningEvent(BuildWarningEventArgs e) => Warnings.Add(e.Message!);

        public void LogMessageEvent(BuildMessageEventArgs e)
        {
        }

        public void LogCustomEvent(CustomBuildEventArgs e)
        {
        }

        public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) => false;
    }
}
