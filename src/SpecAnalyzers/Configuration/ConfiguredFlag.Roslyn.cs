using Microsoft.CodeAnalysis;

namespace SpecAnalyzers.Configuration
{
    /// <summary>Where the analyzer's diagnostics about a configured flag sit.</summary>
    internal sealed partial class ConfiguredFlag
    {
        /// <summary>On the flag's name.</summary>
        public Location NameLocation => NameNode.File.GetLocation(NameSpan);
    }
}
