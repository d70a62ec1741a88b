extern alias catalog;

using catalog::SpecAnalyzers.Catalog.Model;

namespace SpecAnalyzers.Tests.Catalogs;

/// <summary>What the catalog reads from compiled assemblies: facts, links across assemblies, health, source locations.</summary>
public sealed class SpecCatalogReaderTests
{
    private const string Library = """
        using SpecAnalyzers;

        namespace Shop;

        [Metric("checkout.conversion", Direction = MetricDirection.Increase, Unit = "orders per visit")]
        public sealed class Conversion { }

        [Metric("app.crash_rate", Direction = MetricDirection.Decrease)]
        public sealed class CrashRate { }

        [Goal("Sell more", KeyResult = "+2% conversion by 2027-01-31")]
        public sealed class SellMore { }

        [FeatureFlag("quick-pay", Phase = Phase.Build)]
        [Owner("pay-squad")]
        [Hypothesis("We believe one-tap pay will raise conversion because 30% of carts stall at the card form", Goal = typeof(SellMore))]
        [SuccessMetric(typeof(Conversion), MinimumDetectableEffect = 0.01)]
        [TweakPlan("Drop the card form when one-tap covers 90% of orders", ReviewBy = "2027-01-01")]
        public sealed class QuickPay { }
        """;

    [Fact]
    public void ReadsEveryFact_AndResolvesMetricsAndGoalsInAReferencedAssembly()
    {
        using var product = new CompiledProduct();
        product.Add("Shop", new Dictionary<string, string> { ["Shop/Catalogue.cs"] = Library });
        product.Add("App", new Dictionary<string, string>
        {
            ["App/Specs/Banner.cs"] = """
                using Shop;
                using SpecAnalyzers;

                namespace App.Specs;

                [Experiment("promo-banner", Phase = Phase.Ship, RolloutPercent = 5, RemoveBy = "2027-06-30", Outcome = Outcome.Undecided)]
                [Owner("growth")]
                [Hypothesis("We believe a promo banner for returning buyers will raise conversion because they ignore email", Goal = typeof(SellMore), Insight = "Email open rate fell to 9%")]
                [SuccessMetric(typeof(Conversion), MinimumDetectableEffect = 0.02)]
                [GuardrailMetric(typeof(CrashRate), NonInferiorityMargin = 0.001)]
                [TweakPlan("Show the banner once a day at most", ReviewBy = "2027-02-01")]
                public sealed class Banner { }
                """,
        });

        var catalog = product.Read();

        Assert.Equal("App", catalog.Project);
        Assert.Equal("2026-06-01", catalog.ReferenceDate);
        Assert.Equal(["promo-banner", "quick-pay"], catalog.Specs.Select(spec => spec.Key));
        var banner = catalog.Specs[0];
        Assert.Equal(SpecKind.Experiment, banner.Kind);
        Assert.Equal("App.Specs.Banner", banner.TypeName);
        Assert.Equal("App", banner.Assembly);
        Assert.Equal(SpecPhase.Ship, banner.Phase);
        Assert.Equal(SpecOutcome.Undecided, banner.Outcome);
        Assert.Equal(5, banner.RolloutPercent);
        Assert.Equal("2027-06-30", banner.RemoveBy);
        Assert.Equal("growth", banner.Owner);
        Assert.Equal("Email open rate fell to 9%", banner.Hypothesis!.Insight);
        Assert.Equal("Shop.SellMore", banner.Hypothesis.GoalTypeName);
        Assert.Equal(new CatalogGoal("Shop.SellMore", "Shop", "Sell more", "+2% conversion by 2027-01-31"), banner.Hypothesis.Goal);
        var success = Assert.Single(banner.SuccessMetrics);
        Assert.Equal(("checkout.conversion", catalog::SpecAnalyzers.Catalog.Model.MetricDirection.Increase, "orders per visit", 0.02), (success.Metric!.Name, success.Metric.Direction!.Value, success.Metric.Unit, success.Margin!.Value));
        var guardrail = Assert.Single(banner.GuardrailMetrics);
        Assert.Equal(("app.crash_rate", catalog::SpecAnalyzers.Catalog.Model.MetricDirection.Decrease, 0.001), (guardrail.Metric!.Name, guardrail.Metric.Direction!.Value, guardrail.Margin!.Value));
        Assert.Equal(new CatalogTweakPlan("Show the banner once a day at most", "2027-02-01"), banner.TweakPlan);
        Assert.Equal(new SourceLocation("App/Specs/Banner.cs", 12), banner.Source);
        Assert.True(banner.Health.IsHealthy);
        Assert.Equal("Shop", catalog.Specs[1].Assembly);
        Assert.Equal(["Shop.SellMore"], catalog.Goals.Select(goal => goal.TypeName));
        Assert.Equal(["Shop.Conversion", "Shop.CrashRate"], catalog.Metrics.Select(metric => metric.TypeName));
    }

    [Fact]
    public void SourcePaths_AreRelativeToTheSourceRoot_ClimbingToFilesBesideIt()
    {
        using var product = new CompiledProduct();
        product.Add("Shop", new Dictionary<string, string> { ["src/Shop/Catalogue.cs"] = Library });
        product.Add("App", new Dictionary<string, string> { ["src/App/Program.cs"] = "namespace App; public static class Program { }" });

        var catalog = product.Read(sourceRoot: Path.Combine("src", "App"));

        Assert.Equal(new SourceLocation("../Shop/Catalogue.cs", 19), Assert.Single(catalog.Specs).Source);
    }

    [Fact]
    public void AReferenceThatDoesNotReferenceTheAnnotations_IsNotRead()
    {
        using var product = new CompiledProduct();
        product.Add("Plain", new Dictionary<string, string> { ["Plain.cs"] = "namespace Plain; public sealed class Tool { }" });
        product.Add("App", new Dictionary<string, string> { ["Specs.cs"] = Library });

        var catalog = product.Read();

        Assert.Equal(["quick-pay"], catalog.Specs.Select(spec => spec.Key));
    }

    [Fact]
    public void PartialSpecOverTwoFiles_IsOneSpec_LocatedWhereItIsDeclaredAsSpec()
    {
        using var product = new CompiledProduct();
        product.Add("App", new Dictionary<string, string>
        {
            ["Catalogue.cs"] = Library,
            ["Specs/Lyrics.Parts.cs"] = """
                using SpecAnalyzers;

                namespace App;

                [Owner("lyrics-squad")]
                public sealed partial class Lyrics { }
                """,
            ["Specs/Lyrics.cs"] = """
                using SpecAnalyzers;

                namespace App;

                [FeatureFlag("lyrics", Phase = Phase.Think)]
                [Hypothesis("We believe lyrics will raise conversion because fans ask", Goal = typeof(Shop.SellMore))]
                [SuccessMetric(typeof(Shop.Conversion))]
                [TweakPlan("Cache lyrics", ReviewBy = "2027-01-01")]
                public sealed partial class Lyrics { }
                """,
        });

        var lyrics = Assert.Single(product.Read().Specs, spec => spec.Key == "lyrics");

        Assert.Equal("lyrics-squad", lyrics.Owner);
        Assert.Equal(new SourceLocation("Specs/Lyrics.cs", 9), lyrics.Source);
        Assert.True(lyrics.Health.IsHealthy);
    }

    [Fact]
    public void AliasedAndFullyQualifiedAttributes_AreRead()
    {
        var catalog = CompiledProduct.ReadOne(Library.Replace("namespace Shop;", "namespace Shop;\nusing Flag = SpecAnalyzers.FeatureFlagAttribute;") + """

            [Flag("aliased", Phase = Phase.Tweak)]
            [SpecAnalyzers.OwnerAttribute("alias-squad")]
            public sealed class Aliased { }
            """);

        var aliased = Assert.Single(catalog.Specs, spec => spec.Key == "aliased");
        Assert.Equal((SpecPhase.Tweak, "alias-squad"), (aliased.Phase!.Value, aliased.Owner));
    }

    [Fact]
    public void BrokenSpec_IsListed_WithEveryFinding()
    {
        var catalog = CompiledProduct.ReadOne(Library + """

            [Experiment("broken", Phase = (Phase)9, RolloutPercent = 150, RemoveBy = "2026-01-31")]
            [Owner("TODO: owner")]
            [Hypothesis("We believe TBD: numbers", Goal = typeof(Conversion))]
            [SuccessMetric(typeof(SellMore), MinimumDetectableEffect = 0.01)]
            [GuardrailMetric(typeof(CrashRate), NonInferiorityMargin = 1.5)]
            [TweakPlan("Trim it", ReviewBy = "2026-02-30")]
            public sealed class Broken { }

            [FeatureFlag("bare")]
            public sealed class Bare { }
            """);

        var broken = Assert.Single(catalog.Specs, spec => spec.Key == "broken");
        Assert.Null(broken.Phase);
        Assert.Empty(broken.Health.Missing.ToArray());
        Assert.Equal([SpecPart.Owner, SpecPart.Hypothesis], broken.Health.Placeholders.Select(finding => finding.Part));
        Assert.Equal([new HealthFinding(SpecPart.RemoveBy, "2026-01-31")], broken.Health.Stale.ToArray());
        Assert.Equal(
            [
                new HealthFinding(SpecPart.Phase, "9"),
                new HealthFinding(SpecPart.Goal, "Shop.Conversion"),
                new HealthFinding(SpecPart.SuccessMetric, "Shop.SellMore"),
                new HealthFinding(SpecPart.NonInferiorityMargin, "1.5", "app.crash_rate"),
                new HealthFinding(SpecPart.ReviewBy, "2026-02-30"),
                new HealthFinding(SpecPart.RolloutPercent, "150"),
            ],
            broken.Health.Invalid.ToArray());
        Assert.True(broken.Health.IsUnowned);
        Assert.True(broken.Health.IsHollow);

        var bare = Assert.Single(catalog.Specs, spec => spec.Key == "bare");
        Assert.Equal([SpecPart.Hypothesis, SpecPart.SuccessMetric, SpecPart.Owner, SpecPart.TweakPlan], bare.Health.Missing.ToArray());
        Assert.Equal(SpecPhase.Think, bare.Phase);
        Assert.False(bare.Health.IsHollow);
    }

    [Fact]
    public void RetiredSpec_ReviewDateIsNotStale_ButItsRemoveByIs()
    {
        var catalog = CompiledProduct.ReadOne(Library + """

            [FeatureFlag("old", Phase = Phase.Retired, RemoveBy = "2026-05-31", Outcome = Outcome.Shipped)]
            [Owner("pay-squad")]
            [Hypothesis("We believe old things will raise conversion because they did", Goal = typeof(SellMore))]
            [SuccessMetric(typeof(Conversion))]
            [TweakPlan("Nothing left", ReviewBy = "2026-01-01")]
            public sealed class Old { }
            """);

        var old = Assert.Single(catalog.Specs, spec => spec.Key == "old");
        Assert.Equal(SpecOutcome.Shipped, old.Outcome);
        Assert.Equal([new HealthFinding(SpecPart.RemoveBy, "2026-05-31")], old.Health.Stale.ToArray());
    }

    [Fact]
    public void UnreadableFile_IsLeftOutWithItsReason_AndTheRestIsRead()
    {
        using var product = new CompiledProduct();
        var app = product.Add("App", new Dictionary<string, string> { ["Specs.cs"] = Library });
        var garbage = Path.Combine(product.Folder, "garbage.dll");
        File.WriteAllText(garbage, "not an assembly");
        var leftOut = new List<string>();

        var catalog = catalog::SpecAnalyzers.Catalog.SpecCatalogReader.Read(app, [garbage, Path.Combine(product.Folder, "missing.dll")], CompiledProduct.ReferenceDate, product.Folder, (path, _) => leftOut.Add(Path.GetFileName(path)));

        Assert.Equal(["quick-pay"], catalog.Specs.Select(spec => spec.Key));
        Assert.Equal(["garbage.dll", "missing.dll"], leftOut);
    }
}
