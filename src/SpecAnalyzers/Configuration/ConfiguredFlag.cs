using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace SpecAnalyzers.Configuration
{
    /// <summary>One flag as a configuration declares it, in either schema, with where each part is written.</summary>
    internal sealed partial class ConfiguredFlag
    {
        public ConfiguredFlag(
            string name,
            FlagSchema schema,
            ConfigurationNode entry,
            ConfigurationNode nameNode,
            ImmutableArray<ConfiguredFilter> filters,
            ImmutableArray<ConfigurationNode> variants,
            ImmutableArray<PercentileAllocation> percentiles,
            ImmutableArray<ConfigurationNode> allocatedVariants,
            ConfigurationNode? defaultWhenEnabled,
            ConfigurationNode? telemetryEnabled)
        {
            Name = name;
            Schema = schema;
            Entry = entry;
            NameNode = nameNode;
            Filters = filters;
            Variants = variants;
            Percentiles = percentiles;
            AllocatedVariants = allocatedVariants;
            DefaultWhenEnabled = defaultWhenEnabled;
            TelemetryEnabled = telemetryEnabled;
        }

        public string Name { get; }

        public FlagSchema Schema { get; }

        /// <summary>The flag's own entry: the <c>"Name": …</c> member, or the <c>feature_flags</c> item.</summary>
        public ConfigurationNode Entry { get; }

        /// <summary>Where the name is written: the .NET schema's key, or the Microsoft schema's <c>id</c> key.</summary>
        public ConfigurationNode NameNode { get; }

        /// <summary>Where the name is written: the .NET schema's key, the Microsoft schema's <c>id</c> value.</summary>
        public TextSpan NameSpan => Schema == FlagSchema.Dotnet ? NameNode.KeySpan : NameNode.ValueSpan;

        public ImmutableArray<ConfiguredFilter> Filters { get; }

        /// <summary>The <c>variants[]</c> items (Microsoft schema), each with a <c>name</c>.</summary>
        public ImmutableArray<ConfigurationNode> Variants { get; }

        public ImmutableArray<PercentileAllocation> Percentiles { get; }

        /// <summary>Every <c>variant</c> / <c>default_when_*</c> value of the allocation: each must name a variant.</summary>
        public ImmutableArray<ConfigurationNode> AllocatedVariants { get; }

        public ConfigurationNode? DefaultWhenEnabled { get; }

        /// <summary><c>telemetry.enabled</c> (Microsoft schema only); null when not written.</summary>
        public ConfigurationNode? TelemetryEnabled { get; }

        public bool IsTelemetryEnabled => TelemetryEnabled?.Value is { } value && bool.TryParse(value, out var enabled) && enabled;
    }
}
