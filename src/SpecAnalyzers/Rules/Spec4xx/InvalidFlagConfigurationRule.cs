using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using SpecAnalyzers.Configuration;
using SpecAnalyzers.Model;

namespace SpecAnalyzers.Rules
{
    /// <summary>
    /// SPEC405: the configuration file does not do what it says. Each problem is reported on the JSON token that
    /// holds it: text .NET cannot read (or a key written twice, which .NET refuses), a flag id declared twice in
    /// <c>feature_flags</c> (the library takes the last), a flag in both schemas (the Microsoft schema's wins), a
    /// percentage outside 0–100, percentile ranges reversed or overlapping, an allocation naming a variant the flag
    /// does not define, a filter no class in the compilation answers to (<see cref="RegisteredFilters"/>), and a
    /// <c>Microsoft.TimeWindow</c> whose <c>End</c> lies before the reference date SPEC106 uses.
    /// </summary>
    internal sealed class InvalidFlagConfigurationRule : ConfigurationRule
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.InvalidFlagConfiguration);

        public override void Analyze(in ConfigurationRuleContext context)
        {
            var file = context.File;
            if (file.Error is { } error)
            {
                Report(context, file.GetLocation(error.Span), "cannot be read: " + error.Message);
                return;
            }

            if (file.Flags.IsEmpty)
            {
                return;
            }

            ReportDuplicateIds(context);
            ReportFlagsInBothSchemas(context);
            foreach (var flag in file.Flags)
            {
                foreach (var filter in flag.Filters)
                {
                    CheckFilter(context, flag, filter);
                }

                CheckPercentiles(context, flag);
                CheckAllocatedVariants(context, flag);
            }
        }

        /// <summary>The library reads the last <c>feature_flags</c> item with an id, so every earlier one is ignored.</summary>
        private static void ReportDuplicateIds(in ConfigurationRuleContext context)
        {
            var last = new Dictionary<string, ConfiguredFlag>(StringComparer.OrdinalIgnoreCase);
            foreach (var flag in context.File.Flags)
            {
                if (flag.Schema == FlagSchema.Microsoft)
                {
                    last[flag.Name] = flag;
                }
            }

            foreach (var flag in context.File.Flags)
            {
                if (flag.Schema == FlagSchema.Microsoft && last[flag.Name] is var winner && winner != flag)
                {
                    Report(context, flag.NameLocation, "the flag id '" + flag.Name + "' is declared again at " + winner.NameNode.File.Describe(winner.NameNode.ValueSpan)
                        + ", and only that last entry counts: remove one of them");
                }
            }
        }

        /// <summary>Microsoft.FeatureManagement looks a flag up in the Microsoft schema first, so the .NET schema's entry is ignored.</summary>
        private static void ReportFlagsInBothSchemas(in ConfigurationRuleContext context)
        {
            Dictionary<string, ConfiguredFlag>? microsoft = null;
            foreach (var flag in context.File.Flags)
            {
                if (flag.Schema != FlagSchema.Dotnet)
                {
                    continue;
                }

                microsoft ??= MicrosoftSchemaFlags(context.Configuration, context.File);
                if (microsoft.TryGetValue(flag.Name, out var other))
                {
                    Report(context, flag.NameLocation, "the flag '" + flag.Name + "' is also in feature_management.feature_flags (" + other.NameNode.File.Describe(other.NameNode.ValueSpan)
                        + "), which Microsoft.FeatureManagement reads first: this entry is ignored; keep one schema");
                }
            }
        }

        /// <summary>The Microsoft-schema flags of every environment <paramref name="file"/> is part of: the ones its entries meet at run time.</summary>
        private static Dictionary<string, ConfiguredFlag> MicrosoftSchemaFlags(FlagConfiguration configuration, ConfigurationFile file)
        {
            var flags = new Dictionary<string, ConfiguredFlag>(StringComparer.OrdinalIgnoreCase);
            foreach (var environment in configuration.Environments)
            {
                if (!Contains(environment.Layers, file))
                {
                    continue;
                }

                foreach (var layer in environment.Layers)
                {
                    foreach (var flag in layer.Flags)
                    {
                        if (flag.Schema == FlagSchema.Microsoft && !flags.ContainsKey(flag.Name))
                        {
                            flags.Add(flag.Name, flag);
                        }
                    }
                }
            }

            return flags;
        }

        private static bool Contains(IReadOnlyList<ConfigurationFile> layers, ConfigurationFile file)
        {
            foreach (var layer in layers)
            {
                if (string.Equals(layer.Path, file.Path, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        private static void CheckFilter(in ConfigurationRuleContext context, ConfiguredFlag flag, ConfiguredFilter filter)
        {
            if (FeatureFilterNames.Matches(FeatureFilterNames.Targeting, filter.Name))
            {
                CheckPercentage(context, flag, filter.GetParameter("Audience", "DefaultRolloutPercentage"), "Audience.DefaultRolloutPercentage");
                if (filter.GetParameter("Audience", "Groups") is { } groups)
                {
                    foreach (var group in groups.Children)
                    {
                        CheckPercentage(context, flag, group["RolloutPercentage"], "a group's RolloutPercentage");
                    }
                }
            }
            else if (FeatureFilterNames.Matches(FeatureFilterNames.Percentage, filter.Name))
            {
                CheckPercentage(context, flag, filter.GetParameter("Value"), "the Microsoft.Percentage Value");
            }
            else if (FeatureFilterNames.Matches(FeatureFilterNames.TimeWindow, filter.Name))
            {
                CheckTimeWindow(context, flag, filter);
            }
            else if (!context.Filters.IsRegistered(filter.Name))
            {
                Report(context, filter.NameNode.ValueLocation, "the flag '" + flag.Name + "' names the filter '" + filter.Name
                    + "', which no filter answers to (built in: Microsoft.Targeting, Microsoft.Percentage, Microsoft.TimeWindow; or a class with [FilterAlias]): the library fails evaluating it");
            }
        }

        private static void CheckPercentage(in ConfigurationRuleContext context, ConfiguredFlag flag, ConfigurationNode? value, string what)
        {
            if (value?.Value is null)
            {
                return;
            }

            if (FlagReader.Number(value) is not { } percent || percent < 0 || percent > 100)
            {
                Report(context, value.ValueLocation, "the flag '" + flag.Name + "' has " + what + " " + value.Value + ": a percentage is a number from 0 to 100");
            }
        }

        private static void CheckTimeWindow(in ConfigurationRuleContext context, ConfiguredFlag flag, ConfiguredFilter filter)
        {
            // A recurring window opens again: its End is the end of the first occurrence only.
            if (filter.GetParameter("End") is not { Value: { } endText } end || filter.GetParameter("Recurrence") is not null)
            {
                return;
            }

            if (!DateTimeOffset.TryParse(endText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var endsAt))
            {
                Report(context, end.ValueLocation, "the flag '" + flag.Name + "' has a Microsoft.TimeWindow End '" + endText + "' that is not a date");
                return;
            }

            var reference = context.Settings.GetReferenceDate(tree: null);
            if (endsAt.UtcDateTime < reference)
            {
                Report(context, end.ValueLocation, "the flag '" + flag.Name + "' has a Microsoft.TimeWindow that ended on " + IsoDate.ToText(endsAt.UtcDateTime.Date)
                    + " (reference date " + IsoDate.ToText(reference) + "): the flag is off; remove the filter or the flag");
            }
        }

        private static void CheckPercentiles(in ConfigurationRuleContext context, ConfiguredFlag flag)
        {
            var ranges = new List<PercentileAllocation>();
            foreach (var percentile in flag.Percentiles)
            {
                CheckPercentage(context, flag, percentile.Node["from"], "a percentile from");
                CheckPercentage(context, flag, percentile.Node["to"], "a percentile to");
                if (percentile.From is not { } from || percentile.To is not { } to)
                {
                    continue;
                }

                if (from > to)
                {
                    Report(context, percentile.Node.KeyLocation, "the flag '" + flag.Name + "' has a percentile range from " + Text(from) + " to " + Text(to)
                        + ", which is reversed: nobody gets '" + percentile.Variant + "'");
                }
                else
                {
                    ranges.Add(percentile);
                }
            }

            ranges.Sort((left, right) => left.From!.Value.CompareTo(right.From!.Value));
            for (var i = 1; i < ranges.Count; i++)
            {
                if (ranges[i].From < ranges[i - 1].To)
                {
                    Report(context, ranges[i].Node.KeyLocation, "the flag '" + flag.Name + "' has percentile ranges that overlap (" + Text(ranges[i - 1].From!.Value) + "–"
                        + Text(ranges[i - 1].To!.Value) + " and " + Text(ranges[i].From!.Value) + "–" + Text(ranges[i].To!.Value) + "): the users in both get only one variant");
                }
            }
        }

        private static void CheckAllocatedVariants(in ConfigurationRuleContext context, ConfiguredFlag flag)
        {
            foreach (var allocated in flag.AllocatedVariants)
            {
                if (!Defines(flag, allocated.Value!))
                {
                    Report(context, allocated.ValueLocation, "the flag '" + flag.Name + "' allocates users to the variant '" + allocated.Value
                        + "', which its variants do not define: they get no variant");
                }
            }
        }

        /// <summary>Variant names compare as the library compares them: exactly.</summary>
        private static bool Defines(ConfiguredFlag flag, string variant)
        {
            foreach (var defined in flag.Variants)
            {
                if (string.Equals(defined.Value, variant, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        private static string Text(double number) => number.ToString(CultureInfo.InvariantCulture);

        private static void Report(in ConfigurationRuleContext context, Location location, string problem) =>
            context.Report(Descriptors.InvalidFlagConfiguration, location, context.File.FileName, problem);
    }
}
