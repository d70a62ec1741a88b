namespace SpecAnalyzers.Tests.Configuration;

/// <summary>Real-shaped flag configuration files, as teams write them: both schemas, comments, trailing commas.</summary>
internal static class ConfigurationSamples
{
    /// <summary>The sample named <paramref name="name"/> (<c>nameof(DotnetSchema)</c> or <c>nameof(MicrosoftSchema)</c>).</summary>
    public static string Get(string name) => name == nameof(DotnetSchema) ? DotnetSchema : MicrosoftSchema;

    public static TheoryData<string> Names() => new() { nameof(DotnetSchema), nameof(MicrosoftSchema) };

    /// <summary>Microsoft's documented .NET schema, with the logging section an ASP.NET Core template has.</summary>
    public const string DotnetSchema = """
        {
          // The template's own settings.
          "Logging": {
            "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" }
          },
          "AllowedHosts": "*",
          "FeatureManagement": {
            "Beta": true,
            "NewCheckout": false,
            /* Rolled out by the targeting filter. */
            "LyricsCardShare": {
              "EnabledFor": [
                {
                  "Name": "Microsoft.Targeting",
                  "Parameters": {
                    "Audience": {
                      "Users": [ "Jeff", "Alicia" ],
                      "Groups": [ { "Name": "Ring0", "RolloutPercentage": 100 } ],
                      "DefaultRolloutPercentage": 20,
                      "Exclusion": { "Users": [ "Ross" ] },
                    },
                  },
                },
              ],
            },
            "HolidayBanner": {
              "EnabledFor": [ { "Name": "TimeWindow", "Parameters": { "Start": "2026-12-01T00:00:00Z", "End": "2027-01-01T00:00:00Z" } } ]
            },
            "HalfOfUsers": { "EnabledFor": [ { "Name": "Percentage", "Parameters": { "Value": 50 } } ], "RequirementType": "Any" }
          }
        }
        """;

    /// <summary>Microsoft's feature flag schema, with variants, a percentile allocation and telemetry.</summary>
    public const string MicrosoftSchema = """
        {
          "feature_management": {
            "feature_flags": [
              {
                "id": "checkout-redesign",
                "enabled": true,
                "conditions": {
                  "client_filters": [
                    { "name": "Microsoft.Percentage", "parameters": { "Value": 10 } }
                  ]
                }
              },
              {
                "id": "lyrics-card-share",
                "enabled": true,
                "variants": [
                  { "name": "Off", "configuration_value": false },
                  { "name": "On", "configuration_value": true }
                ],
                "allocation": {
                  "percentile": [
                    { "variant": "Off", "from": 0, "to": 95 },
                    { "variant": "On", "from": 95, "to": 100 }
                  ],
                  "default_when_enabled": "Off"
                },
                "telemetry": { "enabled": true }
              }
            ]
          }
        }
        """;
}
