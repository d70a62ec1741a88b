using System.Text;
using SpecAnalyzers.PackageTests.Infrastructure;
using static SpecAnalyzers.PackageTests.ConsumerSpecs;

namespace SpecAnalyzers.PackageTests;

/// <summary>
/// docs/adoption.md on a generated app with 100 flags and no spec: PascalCase names in appsettings.json, evaluated
/// through <c>IFeatureManager</c> (50) and <c>[FeatureGate]</c> (50), built with <c>TreatWarningsAsErrors</c> as a team
/// would. Each documented step runs once, as the command docs/adoption.md gives: the install builds green and the summary
/// names the 100 keys; <c>dotnet build -t:SpecAnalyzersDeclareSpecs</c> writes 100 spec files, each with the adoption
/// exemption the team dated, and leaves the project file alone; the build is green until that date and fails with the
/// mission rules on it.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class AdoptionThroughPackageTests(PackageFixture package)
{
    private const string ExemptionEnds = "2026-09-30";

    private static readonly string[] Areas = ["Checkout", "Search", "Cart", "Profile", "Payments", "Shipping", "Reviews", "Catalog", "Loyalty", "Support"];

    private static readonly string[] Features = ["Redesign", "Beta", "FastPath", "Preview", "Banner", "Filters", "Export", "Import", "Sync", "Alerts"];

    /// <summary>The 100 flag names, PascalCase as Microsoft.FeatureManagement's documentation writes them.</summary>
    private static readonly IReadOnlyList<string> Keys = Areas.SelectMany(area => Features.Select(feature => area + feature)).ToList();

    [Fact]
    public void HundredFlags_DeclaredOnce_GreenUntilTheExemptionEnds_ThenTheMissionRulesFail()
    {
        var consumer = package.CreateConsumer("adoption-100", App(), new Dictionary<string, string> { ["TreatWarningsAsErrors"] = "true" });

        // 1. Install: nothing breaks; the summary is there for whoever asks for Info diagnostics.
        var install = consumer.Build();
        Assert.True(install.ExitCode == 0, install.ToString());
        Assert.Empty(install.SpecDiagnostics);
        var summary = consumer.FormatAnalyzersVerify("SPEC201");
        Assert.Equal(2, summary.ExitCode);
        Assert.Contains("info SPEC201: Flag key 'CheckoutRedesign' is not declared by any spec, nor are 99 other keys evaluated or configured in this project", summary.Output);

        // 2. Declare every flag: one command, which writes one file per key and never the project file.
        var projectFile = File.ReadAllText(consumer.FullPath(ConsumerProject.ProjectFile));
        var declare = consumer.Build("-t:SpecAnalyzersDeclareSpecs");
        Assert.True(declare.ExitCode == 0, declare.ToString());
        var expectedFiles = Keys.Select(key => "Web/" + key + ".cs").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expectedFiles.Select(file => "added   " + file), OutputLines(declare, "added "));
        Assert.Contains("Declared 100 specs in Web/ (Declare a feature flag for every undeclared key); Consumer.csproj unchanged.", declare.Output);
        Assert.DoesNotContain("Left to a person", declare.Output);
        Assert.Equal(expectedFiles, Directory.GetFiles(consumer.FullPath("Web"), "*.cs").Select(path => "Web/" + Path.GetFileName(path))
            .Except(["Web/FeatureChecks.cs", "Web/StoreController.cs"]).Order(StringComparer.Ordinal));
        Assert.Equal(projectFile, File.ReadAllText(consumer.FullPath(ConsumerProject.ProjectFile)));
        Assert.Equal($$"""
            using SpecAnalyzers;

            namespace Consumer.Web;

            [FeatureFlag("SearchFilters")]
            [AdoptionExemption("{{ExemptionEnds}}")]
            [Owner("TODO: owner")]
            [Hypothesis("TODO: We believe [change] for [audience] will [move metric] because [insight]")]
            [TweakPlan("TODO: what we will optimise or cut once this ships", ReviewBy = "{{ExemptionEnds}}")]
            public sealed class SearchFilters { }

            """, consumer.Read("Web/SearchFilters.cs"));

        // Declaring again declares nothing and says so.
        var again = consumer.Build("-t:SpecAnalyzersDeclareSpecs");
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains("Nothing to declare: every flag key Consumer.csproj evaluates or configures has a spec.", again.Output);
        Assert.Empty(OutputLines(again, "added "));

        // 3. Until the exemption's date the build is green, warnings as errors; no flag is undeclared.
        var adopted = consumer.Build();
        Assert.True(adopted.ExitCode == 0, adopted.ToString());
        Assert.Empty(adopted.SpecDiagnostics);

        // On the date every rule applies: each spec's templates and missing metric fail it, and SPEC106 says why.
        var due = consumer.Build("-p:SpecAnalyzersReferenceDate=" + ExemptionEnds);
        Assert.True(due.ExitCode != 0, due.ToString());
        var errors = due.SpecDiagnostics.Where(diagnostic => diagnostic.Severity == "error")
            .DistinctBy(diagnostic => (diagnostic.File, diagnostic.Line, diagnostic.Column, diagnostic.Id)).ToList();
        Assert.Equal(100, errors.Count(diagnostic => diagnostic.Id == "SPEC002"));
        Assert.Equal(300, errors.Count(diagnostic => diagnostic.Id == "SPEC005"));
        Assert.Equal(100, errors.Count(diagnostic => diagnostic.Id == "SPEC106" && diagnostic.Message.Contains("the adoption exemption ended on " + ExemptionEnds, StringComparison.Ordinal)));
        Assert.DoesNotContain(due.SpecDiagnostics, diagnostic => diagnostic.Id == "SPEC201" || diagnostic.Id == "SPEC401");
    }

    [Fact]
    public void DeclareSpecs_FailsClearlyOnAnUnknownKindOrAProjectThatDoesNotLoad_AndDeclaresExperimentsWhenAsked()
    {
        var consumer = package.CreateConsumer("declare-kind", new Dictionary<string, string>
        {
            ["Program.cs"] = "System.Console.WriteLine(\"shop\");\n",
            ["Features/Checkout.cs"] = """
                using Microsoft.FeatureManagement;

                namespace Consumer.Features;

                public sealed class Checkout(IFeatureManager features)
                {
                    public Task<bool> NewAsync() => features.IsEnabledAsync("NewCheckout");

                    public Task<bool> GiftWrapAsync() => features.IsEnabledAsync("GiftWrap");
                }
                """,
            [".editorconfig"] = $"root = true\n\n[*.cs]\nspec_analyzers.key_style = PascalCase\nspec_analyzers.adoption_exemption_until = {ExemptionEnds}\n",
            ["Directory.Build.props"] = AspNetCoreWithFeatureManagement,
        });

        var unknown = consumer.Build("-t:SpecAnalyzersDeclareSpecs", "-p:SpecAnalyzersDeclareKind=toggle");
        Assert.True(unknown.ExitCode != 0, unknown.ToString());
        Assert.Contains("SpecAnalyzers: 'toggle' is not a kind of spec to declare (SpecAnalyzersDeclareKind): use flag or experiment.", unknown.Output);
        Assert.Equal(["Checkout.cs"], Directory.GetFiles(consumer.FullPath("Features")).Select(Path.GetFileName));

        // A project an editor cannot open either: its design-time build fails.
        consumer.Write("Directory.Build.targets", """
            <Project>
              <Target Name="BreakDesignTimeBuild" BeforeTargets="CoreCompile" Condition="'$(DesignTimeBuild)' == 'true'">
                <Error Text="This project cannot be read without its generated sources." />
              </Target>
            </Project>
            """);
        var unreadable = consumer.Build("-t:SpecAnalyzersDeclareSpecs");
        Assert.True(unreadable.ExitCode != 0, unreadable.ToString());
        Assert.Contains("Consumer.csproj : error : the project did not load: ", unreadable.Output);
        Assert.Contains("This project cannot be read without its generated sources.", unreadable.Output);
        Assert.DoesNotContain("MSB3073", unreadable.Output);
        Assert.Equal(["Checkout.cs"], Directory.GetFiles(consumer.FullPath("Features")).Select(Path.GetFileName));
        File.Delete(consumer.FullPath("Directory.Build.targets"));

        var declare = consumer.Build("-t:SpecAnalyzersDeclareSpecs", "-p:SpecAnalyzersDeclareKind=experiment");
        Assert.True(declare.ExitCode == 0, declare.ToString());
        Assert.Equal(["added   Features/GiftWrap.cs", "added   Features/NewCheckout.cs"], OutputLines(declare, "added "));
        Assert.Contains("Declared 2 specs in Features/ (Declare an experiment for every undeclared key); Consumer.csproj unchanged.", declare.Output);
        Assert.StartsWith($$"""
            using SpecAnalyzers;

            namespace Consumer.Features;

            [Experiment("GiftWrap")]
            [AdoptionExemption("{{ExemptionEnds}}")]
            """, consumer.Read("Features/GiftWrap.cs"));
    }

    /// <summary>The command's lines that start with <paramref name="prefix"/> (after MSBuild's indentation).</summary>
    private static List<string> OutputLines(ProcessResult result, string prefix) =>
        result.Output.Split('\n', StringSplitOptions.TrimEntries).Where(line => line.StartsWith(prefix, StringComparison.Ordinal)).ToList();

    private static Dictionary<string, string> App()
    {
        var checks = new StringBuilder("""
            using Microsoft.FeatureManagement;

            namespace Consumer.Web;

            public sealed class FeatureChecks(IFeatureManager features)
            {

            """);
        foreach (var key in Keys.Take(50))
        {
            checks.Append("    public Task<bool> ").Append(key).Append("Async() => features.IsEnabledAsync(\"").Append(key).Append("\");\n");
        }

        var controller = new StringBuilder("""
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.FeatureManagement.Mvc;

            namespace Consumer.Web;

            public sealed class StoreController : Controller
            {

            """);
        foreach (var key in Keys.Skip(50))
        {
            controller.Append("    [FeatureGate(\"").Append(key).Append("\")]\n    public IActionResult ").Append(key).Append("() => Ok();\n\n");
        }

        return new Dictionary<string, string>
        {
            ["Program.cs"] = "System.Console.WriteLine(\"shop\");\n",
            ["Web/FeatureChecks.cs"] = checks.Append("}\n").ToString(),
            ["Web/StoreController.cs"] = controller.ToString().TrimEnd() + "\n}\n",
            ["appsettings.json"] = "{\n  \"FeatureManagement\": {\n"
                + string.Join(",\n", Keys.Select((key, index) => $"    \"{key}\": {(index % 3 == 0 ? "true" : "false")}"))
                + "\n  }\n}\n",
            // As docs/adoption.md has the team write it before declaring.
            [".editorconfig"] = $"root = true\n\n[*.cs]\nspec_analyzers.key_style = PascalCase\nspec_analyzers.adoption_exemption_until = {ExemptionEnds}\n",
            ["Directory.Build.props"] = AspNetCoreWithFeatureManagement,
        };
    }
}
