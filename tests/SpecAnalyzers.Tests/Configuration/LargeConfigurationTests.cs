using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SpecAnalyzers.Testing;
using Xunit.Abstractions;

namespace SpecAnalyzers.Tests.Configuration;

/// <summary>
/// A product with 500 configured flags (both schemas, an overlay) and 500 specs is checked correctly and promptly by
/// every analyzer: every flag is compared with every spec once, not once per spec or per type.
/// </summary>
public sealed class LargeConfigurationTests(ITestOutputHelper output)
{
    private const int Flags = 500;

    [Fact]
    public async Task FiveHundredFlags_AreCheckedOnceAndPromptly()
    {
        var specs = string.Join("\n", Enumerable.Range(0, Flags).Select(i =>
            $$"""[SpecAnalyzers.Experiment("flag-{{i}}", Phase = SpecAnalyzers.Phase.Ship, RolloutPercent = {{i % 100}})] public sealed class Flag{{i}} { }"""));
        var dotnet = string.Join(",\n", Enumerable.Range(0, Flags / 2).Select(i =>
            $$"""    "flag-{{i}}": { "EnabledFor": [ { "Name": "Microsoft.Targeting", "Parameters": { "Audience": { "DefaultRolloutPercentage": {{i % 100}} } } } ] }"""));
        var microsoft = string.Join(",\n", Enumerable.Range(Flags / 2, Flags / 2).Select(i =>
            $$"""      { "id": "flag-{{i}}", "enabled": true, "conditions": { "client_filters": [ { "name": "Percentage", "parameters": { "Value": {{i % 100}} } } ] }, "telemetry": { "enabled": true } }"""));
        var appSettings = "{\n  \"FeatureManagement\": {\n" + dotnet + "\n  },\n  \"feature_management\": { \"feature_flags\": [\n" + microsoft + "\n  ] }\n}";
        var overlay = """{ "FeatureManagement": { "flag-0": { "EnabledFor": [ { "Name": "Targeting", "Parameters": { "Audience": { "DefaultRolloutPercentage": 50 } } } ] }, "extra-flag": true } }""";
        var compilation = CSharpCompilation.Create(
            "Large",
            [CSharpSyntaxTree.ParseText(specs, path: "Specs.cs")],
            await FlagLibraries.ResolveAsync(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var options = new AnalyzerOptions(
            [new InMemoryAdditionalText("/app/appsettings.json", appSettings), new InMemoryAdditionalText("/app/appsettings.Development.json", overlay)],
            new GlobalAnalyzerOptions([new("spec_analyzers.reference_date", TestReferences.ReferenceDate)]));
        var watch = Stopwatch.StartNew();

        var diagnostics = (await AnalyzerRunner.GetAnalyzerDiagnosticsAsync(compilation, AnalyzerRunner.AllAnalyzers, options))
            .Where(diagnostic => diagnostic.Id.StartsWith("SPEC4", StringComparison.Ordinal))
            .ToImmutableArray();

        output.WriteLine($"{Flags} flags, {Flags} specs, every analyzer: {watch.ElapsedMilliseconds} ms");
        Assert.Equal(["SPEC401", "SPEC403", "SPEC406"], diagnostics.Select(diagnostic => diagnostic.Id).Distinct().Order());
        Assert.Single(diagnostics, diagnostic => diagnostic.Id == "SPEC401" && diagnostic.GetMessage().Contains("'extra-flag'", StringComparison.Ordinal));
        Assert.Single(diagnostics, diagnostic => diagnostic.Id == "SPEC403");
        Assert.Equal(Flags / 2, diagnostics.Count(diagnostic => diagnostic.Id == "SPEC406"));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
    }
}
