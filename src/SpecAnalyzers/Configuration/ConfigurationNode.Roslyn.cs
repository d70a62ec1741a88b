using Microsoft.CodeAnalysis;

namespace SpecAnalyzers.Configuration
{
    /// <summary>Where the analyzer's diagnostics about a configuration key sit.</summary>
    internal sealed partial class ConfigurationNode
    {
        public Location KeyLocation => File.GetLocation(KeySpan);

        public Location ValueLocation => File.GetLocation(ValueSpan);
    }
}
