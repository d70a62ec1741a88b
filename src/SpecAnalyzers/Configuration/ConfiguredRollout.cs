using System;
using System.Collections.Generic;

namespace SpecAnalyzers.Configuration
{
    /// <summary>
    /// A share of users a flag's configuration exposes, and what says so: <c>Microsoft.Targeting</c>'s
    /// <c>Audience.DefaultRolloutPercentage</c>, <c>Microsoft.Percentage</c>'s <c>Value</c>, or a percentile
    /// allocation's share (the ranges given to variants other than <c>default_when_enabled</c>).
    /// </summary>
    internal sealed class ConfiguredRollout
    {
        private ConfiguredRollout(double percent, string source, ConfigurationNode node)
        {
            Percent = percent;
            Source = source;
            Node = node;
        }

        public double Percent { get; }

        /// <summary>As messages name it: <c>Microsoft.Targeting's Audience.DefaultRolloutPercentage</c>.</summary>
        public string Source { get; }

        /// <summary>Where the value is written.</summary>
        public ConfigurationNode Node { get; }

        public static IEnumerable<ConfiguredRollout> Of(ConfiguredFlag flag)
        {
            foreach (var filter in flag.Filters)
            {
                if (FeatureFilterNames.Matches(FeatureFilterNames.Targeting, filter.Name)
                    && filter.GetParameter("Audience", "DefaultRolloutPercentage") is { } rollout
                    && FlagReader.Number(rollout) is { } targeted)
                {
                    yield return new ConfiguredRollout(targeted, "Microsoft.Targeting's Audience.DefaultRolloutPercentage", rollout);
                }
                else if (FeatureFilterNames.Matches(FeatureFilterNames.Percentage, filter.Name)
                    && filter.GetParameter("Value") is { } value
                    && FlagReader.Number(value) is { } percentage)
                {
                    yield return new ConfiguredRollout(percentage, "Microsoft.Percentage's Value", value);
                }
            }

            if (flag.DefaultWhenEnabled?.Value is { } control && !flag.Percentiles.IsEmpty)
            {
                var share = 0.0;
                foreach (var percentile in flag.Percentiles)
                {
                    if (percentile.From is { } from && percentile.To is { } to && to > from
                        && !string.Equals(percentile.Variant, control, StringComparison.Ordinal))
                    {
                        share += to - from;
                    }
                }

                yield return new ConfiguredRollout(share, "the percentile allocation outside '" + control + "'", flag.Percentiles[0].Node);
            }
        }
    }
}
