using System.Collections.Generic;

namespace SpecAnalyzers.Configuration
{
    /// <summary>
    /// The flags one environment runs with: the base files, with the environment's overlays laid over them
    /// (<c>appsettings.Development.json</c> over <c>appsettings.json</c>). As Microsoft.FeatureManagement decides: a
    /// Microsoft-schema flag is the last one with its id over all files, and wins over a .NET-schema flag of the same
    /// name; .NET-schema flags merge key by key. Names compare ignoring case.
    /// </summary>
    internal sealed class FlagEnvironment
    {
        public FlagEnvironment(string? name, IReadOnlyList<ConfigurationFile> layers)
        {
            Name = name;
            Layers = layers;
            Flags = new Dictionary<string, ConfiguredFlag>(System.StringComparer.OrdinalIgnoreCase);
            var readable = new List<ConfigurationFile>();
            foreach (var layer in layers)
            {
                if (layer.Root is null)
                {
                    continue;
                }

                // Each file has read its own flags already (ConfigurationFile.Flags): a Microsoft-schema flag is whole in one file.
                readable.Add(layer);
                foreach (var flag in layer.Flags)
                {
                    if (flag.Schema == FlagSchema.Microsoft)
                    {
                        Flags[flag.Name] = flag;
                    }
                }
            }

            if (readable.Count == 0)
            {
                return;
            }

            foreach (var flag in readable.Count == 1 ? readable[0].Flags : FlagReader.ReadDotnet(ConfigurationNode.Merge(Roots(readable))))
            {
                if (flag.Schema == FlagSchema.Dotnet && !Flags.ContainsKey(flag.Name))
                {
                    Flags.Add(flag.Name, flag);
                }
            }
        }

        /// <summary>The environment's name, <c>Development</c>; null for the base files alone.</summary>
        public string? Name { get; }

        /// <summary>The files laid over each other, base files first.</summary>
        public IReadOnlyList<ConfigurationFile> Layers { get; }

        public Dictionary<string, ConfiguredFlag> Flags { get; }

        private static List<ConfigurationNode> Roots(List<ConfigurationFile> files) => files.ConvertAll(file => file.Root!);
    }
}
