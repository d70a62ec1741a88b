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
            var roots = new List<ConfigurationNode>();
            foreach (var layer in layers)
            {
                if (layer.Root is null)
                {
                    continue;
                }

                roots.Add(layer.Root);
                foreach (var flag in FlagReader.ReadMicrosoft(layer.Root))
                {
                    Flags[flag.Name] = flag;
                }
            }

            if (roots.Count == 0)
            {
                return;
            }

            foreach (var flag in FlagReader.ReadDotnet(roots.Count == 1 ? roots[0] : ConfigurationNode.Merge(roots)))
            {
                if (!Flags.ContainsKey(flag.Name))
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
    }
}
