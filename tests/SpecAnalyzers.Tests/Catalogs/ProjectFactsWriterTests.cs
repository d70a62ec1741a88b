extern alias catalog;

using System.Text.Json;
using catalog::SpecAnalyzers.Catalog;
using catalog::SpecAnalyzers.Catalog.Model;
using catalog::SpecAnalyzers.Catalog.Writers;

namespace SpecAnalyzers.Tests.Catalogs;

/// <summary>The configuration state and power as each file shows them: for people in words, for tools in fields.</summary>
public sealed class ProjectFactsWriterTests
{
    private static readonly SpecCatalog Catalog = Read();

    [Fact]
    public void Html_CardSaysWhatTheExperimentNeeds_AndAttentionListsUnconfiguredAndUnderpowered()
    {
        var html = SpecsHtmlWriter.Write(Catalog);

        Assert.Contains("<p class=\"power\" title=\"at 50% of 80,000 eligible users a day (checkout.rate needs the most)\">needs 57,760 users in treatment, 2 days</p>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"power power-short\" title=\"at 5% of 80,000 eligible users a day (checkout.rate needs the most)\">needs 30,992 users in treatment, 8 days</p>", html, StringComparison.Ordinal);
        var attention = html[html.IndexOf("<table class=\"attention\">", StringComparison.Ordinal)..];
        Assert.Contains("<span class=\"chip chip-unconfigured\">unconfigured</span>", attention, StringComparison.Ordinal);
        Assert.Contains("<span class=\"chip chip-underpowered\">underpowered</span>", attention, StringComparison.Ordinal);
        Assert.Contains("no configuration declares it (appsettings.json): the flag is always off", attention, StringComparison.Ordinal);
        Assert.Contains("underpowered: needs 30,992 users in treatment, 8 days, more than the 5 days until 2026-06-06 (a rollout of 8% fits)", attention, StringComparison.Ordinal);
        Assert.DoesNotContain("wide-test", attention, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_ListsConfigurationAndPowerAmongTheFacts()
    {
        var markdown = SpecsMarkdownWriter.Write(Catalog);

        Assert.Contains("- Configuration: appsettings.json: 50%, telemetry on", markdown, StringComparison.Ordinal);
        Assert.Contains("- Power: needs 57,760 users in treatment, 2 days at 50% of 80,000 eligible users a day (checkout.rate needs the most)", markdown, StringComparison.Ordinal);
        Assert.Contains("- Configuration: not configured", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_WritesThemOnlyWhereJudged()
    {
        using var document = JsonDocument.Parse(SpecsJsonWriter.Write(Catalog));
        var specs = document.RootElement.GetProperty("specs").EnumerateArray().ToDictionary(spec => spec.GetProperty("key").GetString()!);

        Assert.Equal("1.1", document.RootElement.GetProperty("version").GetString());
        var wide = specs["wide-test"].GetProperty("health");
        Assert.Equal("healthy", wide.GetProperty("status").GetString());
        Assert.Equal(57_760, wide.GetProperty("power").GetProperty("estimate").GetProperty("treatmentUsers").GetDouble());
        Assert.Equal("microsoft", wide.GetProperty("configuration").GetProperty("environments")[0].GetProperty("schema").GetString());
        Assert.False(specs["checkout-flag"].GetProperty("health").TryGetProperty("power", out _));
        Assert.Equal("attention", specs["checkout-flag"].GetProperty("health").GetProperty("status").GetString());
    }

    [Fact]
    public void Backstage_AnnotatesConfiguredAndSampleSize()
    {
        var yaml = BackstageCatalogWriter.Write(Catalog);

        Assert.Contains("    spec-analyzers/configured: \"true\"\n    spec-analyzers/treatment-users: \"57760\"\n    spec-analyzers/days: \"2\"\n", yaml, StringComparison.Ordinal);
        Assert.Contains("    spec-analyzers/configured: \"false\"\n", yaml, StringComparison.Ordinal);
    }

    private static SpecCatalog Read()
    {
        using var product = new CompiledProduct();
        product.Add("Shop", new Dictionary<string, string>
        {
            ["Specs.cs"] = """
                using SpecAnalyzers;

                namespace Shop;

                [Metric("checkout.rate", Baseline = 0.10)]
                public sealed class Rate { }

                [Experiment("wide-test", Phase = Phase.Ship, RolloutPercent = 50, EligibleUsersPerDay = 80_000)]
                [Owner("growth")]
                [Hypothesis("We believe a wider test will settle it because half the users see it")]
                [SuccessMetric(typeof(Rate), MinimumDetectableEffect = 0.05)]
                [TweakPlan("Keep the faster variant", ReviewBy = "2026-09-01")]
                public sealed class WideTest { }

                [Experiment("narrow-test", Phase = Phase.Ship, RolloutPercent = 5, EligibleUsersPerDay = 80_000)]
                [Owner("growth")]
                [Hypothesis("We believe a narrow test is safer because 5% of users see it")]
                [SuccessMetric(typeof(Rate), MinimumDetectableEffect = 0.05)]
                [TweakPlan("Keep the faster variant", ReviewBy = "2026-06-06")]
                public sealed class NarrowTest { }

                [FeatureFlag("checkout-flag", Phase = Phase.Build)]
                [Owner("growth")]
                [Hypothesis("We believe a flag will help because it does")]
                [SuccessMetric(typeof(Rate), MinimumDetectableEffect = 0.05)]
                [TweakPlan("Remove it", ReviewBy = "2026-09-01")]
                public sealed class CheckoutFlag { }
                """,
        });
        var appSettings = product.Write("appsettings.json", """
            {
              "feature_management": { "feature_flags": [
                { "id": "wide-test", "enabled": true, "variants": [ { "name": "Off" }, { "name": "On" } ],
                  "allocation": { "percentile": [ { "variant": "Off", "from": 0, "to": 50 }, { "variant": "On", "from": 50, "to": 100 } ], "default_when_enabled": "Off" },
                  "telemetry": { "enabled": true } },
                { "id": "narrow-test", "enabled": true, "variants": [ { "name": "Off" }, { "name": "On" } ],
                  "allocation": { "percentile": [ { "variant": "Off", "from": 0, "to": 95 }, { "variant": "On", "from": 95, "to": 100 } ], "default_when_enabled": "Off" },
                  "telemetry": { "enabled": true } }
              ] }
            }
            """);
        return product.Read(context: new CatalogContext([appSettings], [], product.Folder));
    }
}
