using System.Collections.Immutable;
using System.Globalization;

namespace SpecAnalyzers.Configuration
{
    /// <summary>
    /// Reads the flags of a configuration tree in both of Microsoft.FeatureManagement's schemas, with the names its
    /// <c>ConfigurationFeatureDefinitionProvider</c> reads (ignoring case, as configuration keys do).
    /// </summary>
    internal static class FlagReader
    {
        public const string DotnetSection = "FeatureManagement";
        public const string MicrosoftSection = "feature_management";
        public const string MicrosoftFlags = "feature_flags";

        /// <summary>Whether the tree has a flag section of either schema, empty or not.</summary>
        public static bool HasFlagSection(ConfigurationNode root) =>
            root[DotnetSection] is not null || root[MicrosoftSection]?[MicrosoftFlags] is not null;

        /// <summary>The .NET schema's flags: every key under <c>FeatureManagement</c>.</summary>
        public static ImmutableArray<ConfiguredFlag> ReadDotnet(ConfigurationNode root)
        {
            if (root[DotnetSection] is not { } section)
            {
                return ImmutableArray<ConfiguredFlag>.Empty;
            }

            var flags = ImmutableArray.CreateBuilder<ConfiguredFlag>(section.Children.Count);
            foreach (var entry in section.Children)
            {
                flags.Add(new ConfiguredFlag(
                    entry.Key,
                    FlagSchema.Dotnet,
                    entry,
                    entry,
                    ReadFilters(entry["EnabledFor"], "Name", "Parameters"),
                    ImmutableArray<ConfigurationNode>.Empty,
                    ImmutableArray<PercentileAllocation>.Empty,
                    ImmutableArray<ConfigurationNode>.Empty,
                    defaultWhenEnabled: null,
                    telemetryEnabled: null));
            }

            return flags.MoveToImmutable();
        }

        /// <summary>The Microsoft schema's flags: the <c>feature_management.feature_flags</c> items that have an <c>id</c>, in order.</summary>
        public static ImmutableArray<ConfiguredFlag> ReadMicrosoft(ConfigurationNode root)
        {
            if (root[MicrosoftSection]?[MicrosoftFlags] is not { } section)
            {
                return ImmutableArray<ConfiguredFlag>.Empty;
            }

            var flags = ImmutableArray.CreateBuilder<ConfiguredFlag>();
            foreach (var entry in section.Children)
            {
                if (entry["id"] is not { Value: { Length: > 0 } id } idNode)
                {
                    continue;
                }

                var allocation = entry["allocation"];
                var percentiles = ImmutableArray.CreateBuilder<PercentileAllocation>();
                var allocated = ImmutableArray.CreateBuilder<ConfigurationNode>();
                foreach (var percentile in Items(allocation?["percentile"]))
                {
                    percentiles.Add(new PercentileAllocation(percentile, percentile.GetValue("variant"), Number(percentile["from"]), Number(percentile["to"])));
                    AddIfWritten(allocated, percentile["variant"]);
                }

                foreach (var assignment in Items(allocation?["user"]))
                {
                    AddIfWritten(allocated, assignment["variant"]);
                }

                foreach (var assignment in Items(allocation?["group"]))
                {
                    AddIfWritten(allocated, assignment["variant"]);
                }

                AddIfWritten(allocated, allocation?["default_when_enabled"]);
                AddIfWritten(allocated, allocation?["default_when_disabled"]);

                var variants = ImmutableArray.CreateBuilder<ConfigurationNode>();
                foreach (var variant in Items(entry["variants"]))
                {
                    AddIfWritten(variants, variant["name"]);
                }

                flags.Add(new ConfiguredFlag(
                    id,
                    FlagSchema.Microsoft,
                    entry,
                    idNode,
                    ReadFilters(entry["conditions"]?["client_filters"], "name", "parameters"),
                    variants.ToImmutable(),
                    percentiles.ToImmutable(),
                    allocated.ToImmutable(),
                    allocation?["default_when_enabled"],
                    entry["telemetry"]?["enabled"]));
            }

            return flags.ToImmutable();
        }

        /// <summary>A number as .NET configuration binds one (invariant culture); null when absent or not a number.</summary>
        public static double? Number(ConfigurationNode? node) =>
            double.TryParse(node?.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;

        private static ImmutableArray<ConfiguredFilter> ReadFilters(ConfigurationNode? list, string nameKey, string parametersKey)
        {
            var filters = ImmutableArray.CreateBuilder<ConfiguredFilter>();
            foreach (var item in Items(list))
            {
                // As the library: an item without a name is not a filter.
                if (item[nameKey] is { Value: { Length: > 0 } name } nameNode)
                {
                    filters.Add(new ConfiguredFilter(name, nameNode, item[parametersKey]));
                }
            }

            return filters.ToImmutable();
        }

        private static System.Collections.Generic.IReadOnlyList<ConfigurationNode> Items(ConfigurationNode? list) =>
            list?.Children ?? System.Array.Empty<ConfigurationNode>();

        private static void AddIfWritten(ImmutableArray<ConfigurationNode>.Builder nodes, ConfigurationNode? node)
        {
            if (node is { Value: { Length: > 0 } })
            {
                nodes.Add(node);
            }
        }
    }
}
