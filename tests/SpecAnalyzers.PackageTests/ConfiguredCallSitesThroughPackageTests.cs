using SpecAnalyzers.PackageTests.Infrastructure;
using static SpecAnalyzers.PackageTests.ConsumerSpecs;

namespace SpecAnalyzers.PackageTests;

/// <summary>
/// An ASP.NET Core app written as Microsoft.FeatureManagement's documentation writes one: PascalCase flag names in
/// appsettings.json, <c>[FeatureGate("NewCheckout")]</c>, <c>IsEnabledAsync("beta")</c> against a spec "Beta". With
/// <c>spec_analyzers.key_style = PascalCase</c> it builds without SPEC104, the lower-case call is not "undeclared", and
/// <c>dotnet format</c> can no longer turn the gated endpoint off by rewriting its configured key to the nearest
/// declared one (the 404 the configuration issue was filed for): the spec is what is missing.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class ConfiguredCallSitesThroughPackageTests(PackageFixture package)
{
    private const string Controller = """
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.FeatureManagement;
        using Microsoft.FeatureManagement.Mvc;

        namespace Consumer.Web;

        [FeatureGate("NewCheckout")]
        public sealed class CheckoutController(IFeatureManager features) : Controller
        {
            public async Task<IActionResult> Index() => await features.IsEnabledAsync("beta") ? Ok("beta") : Ok();
        }
        """;

    private const string AppSettings = """
        {
          // flag names as Microsoft.FeatureManagement's documentation writes them
          "FeatureManagement": {
            "NewCheckout": true,
            "Beta": false,
            "NewCheckouts": false
          }
        }
        """;

    [Fact]
    public void PascalCaseApp_BuildsWithoutSpec104_AndFormatLeavesTheConfiguredGateAlone()
    {
        var files = Product(new Dictionary<string, string>
        {
            ["Specs/Beta.cs"] = CompleteSpec("Beta", "Beta"),
            ["Specs/NewCheckoutsFlow.cs"] = CompleteSpec("NewCheckoutsFlow", "NewCheckouts"),
            ["Web/CheckoutController.cs"] = Controller,
            ["appsettings.json"] = AppSettings,
            [".editorconfig"] = "root = true\n\n[*.cs]\nspec_analyzers.key_style = PascalCase\n",
            ["Directory.Build.props"] = AspNetCoreWithFeatureManagement,
        });
        var consumer = package.CreateConsumer("configured-call-sites", files);

        var before = consumer.Build();
        var format = consumer.FormatAnalyzers("SPEC201");
        var after = consumer.Build();

        Assert.True(before.ExitCode == 0, before.ToString());
        Assert.DoesNotContain(before.Diagnostics, diagnostic => diagnostic.Id == "SPEC104");
        var undeclared = Assert.Single(before.Diagnostics.Where(diagnostic => diagnostic.Id == "SPEC201").DistinctBy(diagnostic => (diagnostic.File, diagnostic.Line, diagnostic.Column)));
        Assert.Equal("Web/CheckoutController.cs", consumer.RelativePath(undeclared));
        Assert.Contains("it is configured in appsettings.json: declare it with [FeatureFlag(\"NewCheckout\")]", undeclared.Message);
        Assert.True(format.ExitCode == 0, format.ToString());
        Assert.Equal(Controller, consumer.Read("Web/CheckoutController.cs"));
        Assert.True(after.ExitCode == 0, after.ToString());
    }

    private static string CompleteSpec(string typeName, string key) => $$"""
        using SpecAnalyzers;

        namespace Consumer.Specs;

        [FeatureFlag("{{key}}", Phase = Phase.Build, RemoveBy = "2027-06-30")]
        {{string.Join("\n", MissionCases.Select(@case => @case.Part))}}
        public sealed class {{typeName}} { }

        """;
}
