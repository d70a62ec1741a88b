using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.Text;
using SpecAnalyzers.CodeFixes.Configuration;
using SpecAnalyzers.Tests.CodeFixes;

namespace SpecAnalyzers.Tests.Rules.Spec4xx;

/// <summary>
/// SPEC401's fix declares a spec with the configured spelling, beside the other specs, and leaves the JSON alone:
/// afterwards the configured flag is declared (no SPEC401) and what runs is unchanged. Driven on the JSON document as
/// the IDE drives it (<see cref="AdditionalDocumentFixes"/>).
/// </summary>
public sealed class DeclareConfiguredSpecFixTests
{
    private const string AppSettings = "/app/appsettings.json";

    private const string Specs = """
        using SpecAnalyzers;

        namespace Music.Specs;

        [FeatureFlag("lyrics-card-share", Phase = SpecAnalyzers.Phase.Build)]
        public sealed class LyricsCardShare { }
        """;

    private const string Json = """
        {
          // Beta is configured as Microsoft's documentation spells flags.
          "FeatureManagement": { "Beta": true, "new-checkout": false }
        }
        """;

    [Theory]
    [InlineData(DeclareConfiguredSpecCodeFix.DeclareFeatureFlag, "[FeatureFlag(\"Beta\")]")]
    [InlineData(DeclareConfiguredSpecCodeFix.DeclareExperiment, "[Experiment(\"Beta\")]")]
    public async Task Declare_WritesTheSpecWithTheConfiguredSpelling_BesideTheOtherSpecs(string equivalenceKey, string declaration)
    {
        var (project, actions) = await OfferedAsync(Json);

        var action = Assert.Single(actions, action => action.EquivalenceKey == equivalenceKey && action.Title.Contains("'Beta'", StringComparison.Ordinal));
        var solution = await AdditionalDocumentFixes.ApplyAsync(action);
        var added = solution.GetProject(project.Id)!.Documents.Single(document => document.Name == "Beta.cs");
        var text = (await added.GetTextAsync()).ToString();

        Assert.Equal("/app/Specs/Beta.cs", added.FilePath);
        Assert.Contains("namespace Music.Specs;", text);
        Assert.Contains(declaration, text);
        Assert.Contains("public sealed class Beta", text);
        Assert.Equal(Json, (await solution.GetProject(project.Id)!.AdditionalDocuments.Single().GetTextAsync()).ToString());
        var compilation = (await solution.GetProject(project.Id)!.GetCompilationAsync())!;
        Assert.Empty(compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error));
        var remaining = await AdditionalDocumentFixes.AnalyzeAsync(solution.GetProject(project.Id)!, "SPEC401");
        Assert.Equal(["new-checkout"], remaining.Select(diagnostic => diagnostic.GetMessage().Split('\'')[1]));
    }

    [Fact]
    public async Task DeclareAsAdopted_WritesTheExemptionAndNoStub()
    {
        var (project, actions) = await OfferedAsync(Json);
        project = project.AddAnalyzerConfigDocument(
            ".editorconfig",
            SourceText.From("root = true\n\n[*.cs]\nspec_analyzers.declare_as_adopted = true\nspec_analyzers.adoption_exemption_until = 2026-06-30\n"),
            filePath: "/app/.editorconfig").Project;
        actions = await AdditionalDocumentFixes.OfferedAsync(
            new DeclareConfiguredSpecCodeFix(), project.AdditionalDocuments.Single(), await AdditionalDocumentFixes.AnalyzeAsync(project, "SPEC401"));

        var action = Assert.Single(actions, action => action.EquivalenceKey == DeclareConfiguredSpecCodeFix.DeclareFeatureFlag && action.Title.Contains("'Beta'", StringComparison.Ordinal));
        var solution = await AdditionalDocumentFixes.ApplyAsync(action);
        var text = (await solution.GetProject(project.Id)!.Documents.Single(document => document.Name == "Beta.cs").GetTextAsync()).ToString();

        Assert.Contains("[FeatureFlag(\"Beta\")]\n[AdoptionExemption(\"2026-06-30\")]\n", text.ReplaceLineEndings("\n"));
        Assert.Contains("ReviewBy = \"2026-06-30\"", text);
        Assert.DoesNotContain("SuccessMetric", text);
    }

    [Fact]
    public async Task EveryUndeclaredFlag_GetsBothActions()
    {
        var (_, actions) = await OfferedAsync(Json);

        Assert.Equal(
            ["Declare experiment 'Beta'", "Declare experiment 'new-checkout'", "Declare feature flag 'Beta'", "Declare feature flag 'new-checkout'"],
            actions.Select(action => action.Title).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task TakenTypeName_OffersNothingForThatFlag()
    {
        var (_, actions) = await OfferedAsync(Json, "namespace Music.Specs; public sealed class NewCheckout { }");

        Assert.DoesNotContain(actions, action => action.Title.Contains("new-checkout", StringComparison.Ordinal));
        Assert.Contains(actions, action => action.Title.Contains("'Beta'", StringComparison.Ordinal));
    }

    private static async Task<(Project Project, List<CodeAction> Actions)> OfferedAsync(string json, params string[] moreSources)
    {
        var project = await TestProject.CreateAsync([Specs, .. moreSources]);
        var specs = project.Documents.First();
        project = project.RemoveDocument(specs.Id)
            .AddDocument("LyricsCardShare.cs", SourceText.From(Specs), ["Specs"], "/app/Specs/LyricsCardShare.cs").Project
            .AddAdditionalDocument("appsettings.json", SourceText.From(json), filePath: AppSettings).Project;
        var actions = await AdditionalDocumentFixes.OfferedAsync(
            new DeclareConfiguredSpecCodeFix(), project.AdditionalDocuments.Single(), await AdditionalDocumentFixes.AnalyzeAsync(project, "SPEC401"));
        return (project, actions);
    }
}
