using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace SpecAnalyzers.Benchmarks.Generation;

/// <summary>
/// Writes the appsettings.json a team keeps beside the generated project: <see cref="FlagsPerBlock"/> flags per block
/// of 100 types (500 at 10,000 types), in both of Microsoft.FeatureManagement's schemas, with the SPEC4xx diagnostics
/// each entry must produce. Experiments live in the Microsoft schema (targeting rollouts, percentile allocations,
/// telemetry); flags in the .NET schema (on, a percentage, the custom filters of <see cref="FiltersSource"/>, a time
/// window); specs still at Think are configured off; every block fills up with flags no spec declares, as a team
/// adopting SpecAnalyzers has (about 200 of the 500 at 10,000 types, where 300 specs are declared). A few deliberate mistakes, at fixed spec positions, make every rule report:
/// an unconfigured live spec, a typo in a configured key (SPEC401 and SPEC402), a rollout that differs from the
/// spec's (SPEC403), an experiment without telemetry (SPEC406), and three broken entries (SPEC405: a percentage over
/// 100, a filter nobody registered, a time window already over). No spec is retired or past its date, so SPEC404
/// has nothing to say.
/// </summary>
internal sealed class FlagConfigurationGenerator
{
    public const string Path = "/Product/appsettings.json";

    public const int FlagsPerBlock = 5;

    /// <summary>
    /// The filter types of Microsoft.FeatureManagement the configuration needs, declared in source under their real
    /// names as the generated <c>IFeatureManager</c> is, and the project's two custom filters.
    /// </summary>
    public const string FiltersSource = """
        using System;
        using System.Threading.Tasks;

        namespace Microsoft.FeatureManagement
        {
            public interface IFeatureFilterMetadata
            {
            }

            public interface IFeatureFilter : IFeatureFilterMetadata
            {
                Task<bool> EvaluateAsync(object context);
            }

            [AttributeUsage(AttributeTargets.Class)]
            public sealed class FilterAliasAttribute : Attribute
            {
                public FilterAliasAttribute(string alias) => Alias = alias;

                public string Alias { get; }
            }
        }

        namespace Product.Filters
        {
            using Microsoft.FeatureManagement;

            [FilterAlias("Product.Beta")]
            public sealed class BetaTesters : IFeatureFilter
            {
                public Task<bool> EvaluateAsync(object context) => Task.FromResult(true);
            }

            public sealed class RegionFilter : IFeatureFilter
            {
                public Task<bool> EvaluateAsync(object context) => Task.FromResult(false);
            }
        }

        """;

    private readonly List<string> _dotnetEntries = [];
    private readonly List<string> _microsoftEntries = [];
    private readonly Dictionary<int, int> _flagsByBlock = [];
    private readonly ImmutableDictionary<string, int>.Builder _expectedInFile = ImmutableDictionary.CreateBuilder<string, int>();

    /// <summary>How many flags the configuration declares.</summary>
    public int FlagCount => _dotnetEntries.Count + _microsoftEntries.Count;

    /// <summary>
    /// Configures the spec written <paramref name="specIndex"/>-th (or leaves it out), and returns the diagnostics the
    /// analyzers must then report on the spec itself.
    /// </summary>
    public ImmutableArray<string> AddSpec(int specIndex, SpecVariant variant, string key, int block)
    {
        if (variant.Phase == "Think")
        {
            // Declared ahead of the work, off.
            if (variant.IsExperiment)
            {
                AddMicrosoft(block, $$"""{ "id": "{{key}}", "enabled": false, "telemetry": { "enabled": true } }""");
            }
            else
            {
                AddDotnet(block, key, "false");
            }

            return [];
        }

        if (specIndex % 50 == 21)
        {
            // Forgotten in the configuration: a live spec that is always off.
            return [Descriptors.UnconfiguredSpec.Id];
        }

        if (specIndex % 50 == 33)
        {
            // A typo: the configured flag is declared by no spec, and the spec is configured by no flag.
            AddDotnet(block, key.Replace("-feature-", "-featur-", StringComparison.Ordinal), "true");
            Expect(Descriptors.UndeclaredConfiguredFlag.Id);
            return [Descriptors.UnconfiguredSpec.Id];
        }

        if (variant.IsExperiment)
        {
            var onSpec = ImmutableArray.CreateBuilder<string>();
            var telemetry = specIndex % 40 != 24;
            if (!telemetry)
            {
                onSpec.Add(Descriptors.ExperimentWithoutTelemetry.Id);
            }

            var configuredRollout = variant.RolloutPercent;
            if (configuredRollout is { } rollout && specIndex % 40 == 10)
            {
                // The configuration rolls out twice what the spec says.
                onSpec.Add(Descriptors.ConfiguredRolloutMismatch.Id);
                configuredRollout = rollout * 2;
            }

            AddMicrosoft(block, ExperimentEntry(key, configuredRollout, telemetry));
            return onSpec.ToImmutable();
        }

        AddDotnet(block, specIndex % 10 == 2 ? Capitalized(key) : key, FlagValue(specIndex));
        return [];
    }

    /// <summary>The configuration file, every block filled up to <see cref="FlagsPerBlock"/> flags with flags no spec declares.</summary>
    public GeneratedDocument Write(int blockCount)
    {
        for (var block = 0; block < blockCount; block++)
        {
            for (var extra = _flagsByBlock.GetValueOrDefault(block); extra < FlagsPerBlock; extra++)
            {
                if (extra % 2 == 0)
                {
                    AddDotnet(block, $"LegacyBanner{block}x{extra}", "false");
                }
                else
                {
                    AddMicrosoft(block, $$"""{ "id": "legacy-promo-{{block}}-{{extra}}", "enabled": false }""");
                }

                Expect(Descriptors.UndeclaredConfiguredFlag.Id);
            }
        }

        var text = new StringBuilder()
            .AppendLine("{")
            .AppendLine("  // The product's feature flags: experiments in the Microsoft schema, flags in the .NET one.")
            .AppendLine("  \"feature_management\": {")
            .AppendLine("    \"feature_flags\": [")
            .AppendJoin(",\n", _microsoftEntries.Select(entry => "      " + entry)).AppendLine()
            .AppendLine("    ]")
            .AppendLine("  },")
            .AppendLine("  \"FeatureManagement\": {")
            .AppendJoin(",\n", _dotnetEntries.Select(entry => "    " + entry)).AppendLine()
            .AppendLine("  }")
            .AppendLine("}");
        return new GeneratedDocument(Path, text.ToString(), _expectedInFile.ToImmutable());
    }

    /// <summary>A .NET-schema flag's value: on, a percentage, a custom filter, or a time window with a region; three deliberately broken.</summary>
    private string FlagValue(int specIndex)
    {
        switch (specIndex % 100)
        {
            case 43:
                Expect(Descriptors.InvalidFlagConfiguration.Id);
                return """{ "EnabledFor": [ { "Name": "Percentage", "Parameters": { "Value": 130 } } ] }""";
            case 81:
                Expect(Descriptors.InvalidFlagConfiguration.Id);
                return """{ "EnabledFor": [ { "Name": "Product.Gamma" } ] }""";
            case 97:
                Expect(Descriptors.InvalidFlagConfiguration.Id);
                return """{ "EnabledFor": [ { "Name": "Microsoft.TimeWindow", "Parameters": { "End": "Thu, 01 Jan 2026 00:00:00 GMT" } } ] }""";
        }

        return (specIndex % 4) switch
        {
            0 => "true",
            1 => """{ "EnabledFor": [ { "Name": "Microsoft.Percentage", "Parameters": { "Value": 30 } } ] }""",
            2 => """{ "EnabledFor": [ { "Name": "Product.Beta" } ] }""",
            _ => """{ "EnabledFor": [ { "Name": "TimeWindow", "Parameters": { "Start": "2026-01-01T00:00:00Z", "End": "2027-12-31T00:00:00Z" } }, { "Name": "Region", "Parameters": { "Regions": [ "eu" ] } } ], "RequirementType": "All" }""",
        };
    }

    /// <summary>
    /// An experiment's entry, exposing <paramref name="rollout"/> percent of users: a small rollout through targeting, a
    /// large one through a percentile allocation outside the control variant; without a rollout, simply on.
    /// </summary>
    private static string ExperimentEntry(string key, int? rollout, bool telemetry)
    {
        var entry = new StringBuilder($$"""{ "id": "{{key}}", "enabled": true""");
        if (rollout is { } small && small < 50)
        {
            entry.Append($$""", "conditions": { "client_filters": [ { "name": "Microsoft.Targeting", "parameters": { "Audience": { "DefaultRolloutPercentage": {{small.ToString(CultureInfo.InvariantCulture)}} } } } ] }""");
        }
        else if (rollout is { } large)
        {
            var share = large.ToString(CultureInfo.InvariantCulture);
            entry.Append($$""", "variants": [ { "name": "On" }, { "name": "Off" } ], "allocation": { "default_when_enabled": "Off", "percentile": [ { "variant": "On", "from": 0, "to": {{share}} }, { "variant": "Off", "from": {{share}}, "to": 100 } ] }""");
        }

        if (telemetry)
        {
            entry.Append(""", "telemetry": { "enabled": true }""");
        }

        return entry.Append(" }").ToString();
    }

    /// <summary><c>Area3-Feature-330</c>: Microsoft.FeatureManagement compares names ignoring case, so this still configures <c>area3-feature-330</c>.</summary>
    private static string Capitalized(string key) =>
        string.Join('-', key.Split('-').Select(part => char.ToUpperInvariant(part[0]) + part[1..]));

    private void AddDotnet(int block, string name, string value)
    {
        _dotnetEntries.Add($"\"{name}\": {value}");
        _flagsByBlock[block] = _flagsByBlock.GetValueOrDefault(block) + 1;
    }

    private void AddMicrosoft(int block, string entry)
    {
        _microsoftEntries.Add(entry);
        _flagsByBlock[block] = _flagsByBlock.GetValueOrDefault(block) + 1;
    }

    private void Expect(string id) => _expectedInFile[id] = _expectedInFile.GetValueOrDefault(id) + 1;
}
