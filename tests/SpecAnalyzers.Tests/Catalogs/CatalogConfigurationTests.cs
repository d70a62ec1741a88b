extern alias catalog;

using catalog::SpecAnalyzers.Catalog;
using catalog::SpecAnalyzers.Catalog.Model;

namespace SpecAnalyzers.Tests.Catalogs;

/// <summary>
/// The configuration state in each spec's health: the app's flag configuration judges its own specs and those of
/// the library it references, as SPEC402, SPEC403, SPEC404 and SPEC406 do.
/// </summary>
public sealed class CatalogConfigurationTests
{
    private const string Library = """
        using SpecAnalyzers;

        namespace Shop;

        [Metric("checkout.conversion")]
        public sealed class Conversion { }

        [FeatureFlag("quick-pay", Phase = Phase.Build)]
        public sealed class QuickPay { }

        [FeatureFlag("one-click", Phase = Phase.Ship)]
        public sealed class OneClick { }

        [FeatureFlag("gift-wrap", Phase = Phase.Think)]
        public sealed class GiftWrap { }

        [FeatureFlag("old-cart", Phase = Phase.Retired, Outcome = Outcome.Shipped)]
        public sealed class OldCart { }

        [FeatureFlag("paper-receipts", Phase = Phase.Tweak, RemoveBy = "2026-01-31")]
        public sealed class PaperReceipts { }
        """;

    private const string App = """
        using Shop;
        using SpecAnalyzers;

        namespace App;

        [Experiment("promo-banner", Phase = Phase.Ship, RolloutPercent = 5)]
        [SuccessMetric(typeof(Conversion), MinimumDetectableEffect = 0.02)]
        public sealed class PromoBanner { }

        [Experiment("wish-list", Phase = Phase.Ship, RolloutPercent = 10)]
        public sealed class WishList { }
        """;

    private const string AppSettings = """
        {
          // Comments and trailing commas, as .NET's configuration reader accepts.
          "FeatureManagement": {
            "Quick-Pay": true,
            "old-cart": true,
            "paper-receipts": true,
            "wish-list": { "EnabledFor": [ { "Name": "Percentage", "Parameters": { "Value": 10 } } ] },
          },
          "feature_management": {
            "feature_flags": [
              {
                "id": "promo-banner",
                "enabled": true,
                "variants": [ { "name": "Off" }, { "name": "On" } ],
                "allocation": { "percentile": [ { "variant": "Off", "from": 0, "to": 95 }, { "variant": "On", "from": 95, "to": 100 } ], "default_when_enabled": "Off" },
                "telemetry": { "enabled": true }
              }
            ]
          }
        }
        """;

    private const string Development = """
        {
          "feature_management": {
            "feature_flags": [
              {
                "id": "promo-banner",
                "enabled": true,
                "variants": [ { "name": "Off" }, { "name": "On" } ],
                "allocation": { "percentile": [ { "variant": "Off", "from": 0, "to": 80 }, { "variant": "On", "from": 80, "to": 100 } ], "default_when_enabled": "Off" }
              }
            ]
          }
        }
        """;

    [Fact]
    public void AppConfiguration_JudgesTheLibrarysSpecs_IgnoringCase()
    {
        var catalog = Read(("appsettings.json", AppSettings));

        var quickPay = Spec(catalog, "quick-pay").Health;
        Assert.NotNull(quickPay.Configuration);
        Assert.True(quickPay.Configuration.Configured);
        var environment = Assert.Single(quickPay.Configuration.Environments);
        Assert.Null(environment.Environment);
        Assert.Equal("appsettings.json", environment.File);
        Assert.Equal("dotnet", environment.Schema);
        Assert.Empty(quickPay.Configuration.Findings);
        Assert.False(quickPay.IsUnconfigured);
    }

    [Fact]
    public void LiveSpecNoConfigurationDeclares_IsUnconfigured_ThinkSpecIsNot()
    {
        var catalog = Read(("appsettings.json", AppSettings));

        var oneClick = Spec(catalog, "one-click").Health;
        var finding = Assert.Single(oneClick.Configuration!.Findings);
        Assert.Equal("SPEC402", finding.Rule);
        Assert.Contains("appsettings.json", finding.Message);
        Assert.True(oneClick.IsUnconfigured);
        Assert.False(oneClick.IsHealthy);

        var giftWrap = Spec(catalog, "gift-wrap").Health;
        Assert.False(giftWrap.Configuration!.Configured);
        Assert.Empty(giftWrap.Configuration.Findings);
        Assert.False(giftWrap.IsUnconfigured);
    }

    [Fact]
    public void RetiredOrPastRemoveBy_StillConfigured_IsReportedWithItsFile()
    {
        var catalog = Read(("appsettings.json", AppSettings));

        var retired = Assert.Single(Spec(catalog, "old-cart").Health.Configuration!.Findings);
        Assert.Equal(("SPEC404", "appsettings.json"), (retired.Rule, retired.File));
        Assert.StartsWith("retired", retired.Message);

        var pastRemoveBy = Assert.Single(Spec(catalog, "paper-receipts").Health.Configuration!.Findings);
        Assert.Equal("SPEC404", pastRemoveBy.Rule);
        Assert.Contains("2026-01-31", pastRemoveBy.Message);
    }

    [Fact]
    public void Overlay_WithAnotherRolloutAndNoTelemetry_IsReportedForItsEnvironment()
    {
        var catalog = Read(("appsettings.json", AppSettings), ("appsettings.Development.json", Development));

        var banner = Spec(catalog, "promo-banner").Health.Configuration!;
        Assert.Equal([null, "Development"], banner.Environments.Select(environment => environment.Environment));
        Assert.Equal([5.0, 20.0], banner.Environments.Select(environment => Assert.Single(environment.Rollouts).Percent));
        Assert.Equal([true, false], banner.Environments.Select(environment => environment.Telemetry));
        Assert.Equal(
            [("SPEC403", "Development", "appsettings.Development.json"), ("SPEC406", "Development", "appsettings.Development.json")],
            banner.Findings.Select(finding => (finding.Rule, finding.Environment, finding.File)));
    }

    [Fact]
    public void ExperimentInTheDotnetSchema_HasNoTelemetry_ButItsRolloutMatches()
    {
        var catalog = Read(("appsettings.json", AppSettings));

        var wishList = Spec(catalog, "wish-list").Health.Configuration!;
        Assert.Equal(10.0, Assert.Single(Assert.Single(wishList.Environments).Rollouts).Percent);
        var finding = Assert.Single(wishList.Findings);
        Assert.Equal("SPEC406", finding.Rule);
        Assert.Contains("FeatureManagement schema has none", finding.Message);
    }

    [Fact]
    public void ConfigurationWithoutAFlagSection_JudgesNothing()
    {
        var catalog = Read(("appsettings.json", """{ "Logging": { "LogLevel": { "Default": "Information" } } }"""));

        Assert.All(catalog.Specs, spec => Assert.Null(spec.Health.Configuration));
    }

    [Fact]
    public void UnreadableConfiguration_JudgesNothing_AndNeverThrows()
    {
        var catalog = Read(("appsettings.json", """{ "FeatureManagement": { "quick-pay": tru """));

        Assert.All(catalog.Specs, spec => Assert.Null(spec.Health.Configuration));
    }

    private static CatalogSpec Spec(SpecCatalog catalog, string key) => Assert.Single(catalog.Specs, spec => spec.Key == key);

    private static SpecCatalog Read(params (string Name, string Text)[] configurationFiles)
    {
        using var product = new CompiledProduct();
        product.Add("Shop", new Dictionary<string, string> { ["Shop/Specs.cs"] = Library });
        product.Add("App", new Dictionary<string, string> { ["App/Specs.cs"] = App });
        var files = configurationFiles.Select(file => product.Write(Path.Combine("App", file.Name), file.Text)).ToList();
        return product.Read(context: new CatalogContext(files, [], Path.Combine(product.Folder, "App")));
    }
}
