using System.Collections.Immutable;
using SpecAnalyzers.Configuration.Json;

namespace SpecAnalyzers.Configuration
{
    /// <summary>
    /// One JSON configuration file as .NET configuration reads it: its keys (<see cref="Root"/>), or why it cannot be
    /// read (<see cref="Error"/>: bad JSON, a root that is not an object, a key written twice). This part reads text
    /// alone, so the spec catalog's MSBuild task compiles it too; the analyzer's part
    /// (<c>ConfigurationFile.Roslyn.cs</c>) reads each AdditionalText once per content and places diagnostics.
    /// </summary>
    internal sealed partial class ConfigurationFile
    {
        private ConfigurationFile(string path, string content)
        {
            Path = path;
            FileName = System.IO.Path.GetFileName(path);
            var document = JsonParser.Parse(content);
            if (document.Error is { } error)
            {
                Error = error;
            }
            else if (document.Root is not JsonObject root)
            {
                Error = new JsonError("a configuration file holds one JSON object, '{ … }'", document.Root!.Span);
            }
            else
            {
                var node = new ConfigurationNode(string.Empty, this, root.Span, root.Span);
                Error = ConfigurationTreeBuilder.Fill(node, root, this);
                Root = Error is null ? node : null;
            }

            if (Root is not null)
            {
                DeclaresFlags = FlagReader.HasFlagSection(Root);
                Flags = FlagReader.ReadMicrosoft(Root).AddRange(FlagReader.ReadDotnet(Root));
            }
        }

        public string Path { get; }

        /// <summary>As messages name the file: <c>appsettings.Development.json</c>.</summary>
        public string FileName { get; }

        /// <summary>The keys; null when the file cannot be read (<see cref="Error"/>).</summary>
        public ConfigurationNode? Root { get; }

        public JsonError? Error { get; }

        /// <summary>Whether the file has a flag section of either schema (<c>FeatureManagement</c> or <c>feature_management.feature_flags</c>).</summary>
        public bool DeclaresFlags { get; }

        /// <summary>The flags this file declares on its own: the Microsoft schema's, then the .NET schema's, each in file order.</summary>
        public ImmutableArray<ConfiguredFlag> Flags { get; } = ImmutableArray<ConfiguredFlag>.Empty;

        /// <summary>Reads <paramref name="content"/> as the file at <paramref name="path"/> (the catalog reads files from disk).</summary>
        public static ConfigurationFile Parse(string path, string content) => new(path, content);
    }
}
