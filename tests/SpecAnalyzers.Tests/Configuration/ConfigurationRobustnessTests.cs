using System.Text.RegularExpressions;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SpecAnalyzers.Testing;

namespace SpecAnalyzers.Tests.Configuration;

/// <summary>
/// Broken configuration never crashes an analyzer: every analyzer (SPEC401–SPEC406 included) runs over specs that
/// match the sample configurations while each configuration file is cut at every token boundary and has single
/// tokens deleted, as an editor shows it while someone types. Every broken cut that JSON cannot read gets SPEC405.
/// </summary>
public sealed class ConfigurationRobustnessTests
{
    private const string Specs = """
        using System.Threading.Tasks;
        using Microsoft.FeatureManagement;
        using SpecAnalyzers;

        [FeatureFlag("Beta", Phase = Phase.Build)] public sealed class Beta { }
        [Experiment("LyricsCardShare", Phase = Phase.Ship, RolloutPercent = 10)] public sealed class LyricsCardShare { }
        [Experiment("lyrics-card-share", Phase = Phase.Ship, RolloutPercent = 5)] public sealed class LyricsCardShareV2 { }
        [FeatureFlag("NewCheckout", Phase = Phase.Retired, Outcome = Outcome.Shipped)] public sealed class NewCheckout { }
        [FeatureFlag("checkout-redesign", Phase = Phase.Tweak, RemoveBy = "2026-01-01")] public sealed class CheckoutRedesign { }

        [FilterAlias("MyOrg.Browser")]
        public sealed class BrowserFilter : IFeatureFilter
        {
            public Task<bool> EvaluateAsync(FeatureFilterEvaluationContext context) => Task.FromResult(true);
        }
        """;

    [Theory]
    [MemberData(nameof(ConfigurationSamples.Names), MemberType = typeof(ConfigurationSamples))]
    public async Task CutAtEveryTokenBoundary_NoAnalyzerThrows(string sample)
    {
        var text = ConfigurationSamples.Get(sample);
        var compilation = await CompileAsync();
        var runs = 0;
        foreach (Match token in JsonTokens.Pattern().Matches(text))
        {
            await AnalyzeAsync(compilation, text.Substring(0, token.Index + token.Length));
            runs++;
        }

        Assert.True(runs > 100, $"only {runs} cuts");
    }

    [Theory]
    [MemberData(nameof(ConfigurationSamples.Names), MemberType = typeof(ConfigurationSamples))]
    public async Task EachTokenDeleted_NoAnalyzerThrows(string sample)
    {
        var text = ConfigurationSamples.Get(sample);
        var compilation = await CompileAsync();
        foreach (Match token in JsonTokens.Pattern().Matches(text))
        {
            await AnalyzeAsync(compilation, text.Remove(token.Index, token.Length));
        }
    }

    [Fact]
    public async Task CompleteSample_ReportsRulesButNoUnreadableFile()
    {
        var diagnostics = await AnalyzeAsync(await CompileAsync(), ConfigurationSamples.DotnetSchema, ConfigurationSamples.MicrosoftSchema);

        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == "SPEC405" && diagnostic.GetMessage().Contains("cannot be read"));
        Assert.Contains(diagnostics, diagnostic => diagnostic.Id == "SPEC401");
        Assert.Contains(diagnostics, diagnostic => diagnostic.Id == "SPEC403");
        Assert.Contains(diagnostics, diagnostic => diagnostic.Id == "SPEC404");
    }

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Compilation compilation, string appSettings, string? overlay = null)
    {
        var files = ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText("/app/appsettings.json", appSettings));
        if (overlay is not null)
        {
            files = files.Add(new InMemoryAdditionalText("/app/appsettings.Development.json", overlay));
        }

        var options = new AnalyzerOptions(files, new GlobalAnalyzerOptions([new("spec_analyzers.reference_date", TestReferences.ReferenceDate)]));
        var diagnostics = await AnalyzerRunner.GetAnalyzerDiagnosticsAsync(compilation, AnalyzerRunner.AllAnalyzers, options);
        if (SpecAnalyzers.Configuration.Json.JsonParser.Parse(appSettings).Error is not null)
        {
            Assert.Contains(diagnostics, diagnostic => diagnostic.Id == "SPEC405" && diagnostic.Location.GetLineSpan().Path == "/app/appsettings.json");
        }

        return diagnostics;
    }

    private static async Task<Compilation> CompileAsync() =>
        CSharpCompilation.Create(
            "Configured",
            [CSharpSyntaxTree.ParseText(Specs, path: "Specs.cs")],
            await FlagLibraries.ResolveAsync(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

}
