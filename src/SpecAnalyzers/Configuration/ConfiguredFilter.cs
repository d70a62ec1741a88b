namespace SpecAnalyzers.Configuration
{
    /// <summary>One feature filter a flag names (<c>EnabledFor[]</c> or <c>conditions.client_filters[]</c>).</summary>
    internal sealed class ConfiguredFilter
    {
        public ConfiguredFilter(string name, ConfigurationNode nameNode, ConfigurationNode? parameters)
        {
            Name = name;
            NameNode = nameNode;
            Parameters = parameters;
        }

        public string Name { get; }

        /// <summary>The <c>Name</c> / <c>name</c> key, whose value is where the name is written.</summary>
        public ConfigurationNode NameNode { get; }

        public ConfigurationNode? Parameters { get; }

        /// <summary>A parameter by its path (<c>Audience</c>, <c>DefaultRolloutPercentage</c>), keys ignoring case.</summary>
        public ConfigurationNode? GetParameter(params string[] path)
        {
            var node = Parameters;
            foreach (var key in path)
            {
                node = node?[key];
            }

            return node;
        }
    }
}
