using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SpecAnalyzers.Benchmarks.Analysis;
using SpecAnalyzers.Benchmarks.Generation;
using SpecAnalyzers.Configuration;
using SpecAnalyzers.Evaluations;
using SpecAnalyzers.Model;
using SpecAnalyzers.Rules;

namespace SpecAnalyzers.Benchmarks;

/// <summary>
/// Where FlagConfigurationAnalyzer's time goes at 10,000 types, step by step, in a fresh process (the code as cold
/// as in a build): read the generated appsettings.json, build the configuration, read the facts the rules need, run
/// each rule. Run: <c>dotnet run -c Release --project tests/SpecAnalyzers.Benchmarks -- configuration</c>.
/// </summary>
internal static class ConfigurationCost
{
    private const int TypeCount = 10_000;
    private const int Rounds = 3;

    public static void Measure(TextWriter output)
    {
        var project = ProjectGenerator.Generate(ProjectShape.WithSpecs, TypeCount);
        var template = BenchmarkCompilation.Create(project);
        output.WriteLine($"{TypeCount:N0} types, configuration {project.AdditionalFiles[0].Text.Length / 1024.0:N0} KiB");
        for (var round = 1; round <= Rounds; round++)
        {
            var compilation = BenchmarkCompilation.Declared(BenchmarkCompilation.WithFreshTrees(template));
            var bound = round == Rounds;
            if (bound)
            {
                // The last round after the compiler's own pass, as the analyzers mostly run in a build: the types bound.
                _ = compilation.GetDiagnostics();
            }

            var additionalFiles = BenchmarkCompilation.AdditionalTexts(project);
            var options = new AnalyzerOptions(additionalFiles);
            var attributeTypes = SpecAttributeTypes.TryCreate(compilation)!;
            var steps = new List<(string Step, TimeSpan Time)>();
            T Time<T>(string step, Func<T> work)
            {
                var stopwatch = Stopwatch.StartNew();
                var result = work();
                steps.Add((step, stopwatch.Elapsed));
                return result;
            }

            var content = additionalFiles[0].GetText()!.ToString();
            Time("  of which JSON parse alone", () => SpecAnalyzers.Configuration.Json.JsonParser.Parse(content));
            Time("  of which parse, tree and flags again", () => ConfigurationFile.Parse(additionalFiles[0].Path, content));
            var file = Time("ConfigurationFile.Read (parse, tree, flags)", () => ConfigurationFile.Read(additionalFiles[0], CancellationToken.None)!);
            Time("FlagConfiguration.Load", () => FlagConfiguration.Load(options, CancellationToken.None));
            var facts = Time("ConfigurationFacts", () => new ConfigurationFacts(compilation, attributeTypes, options, CancellationToken.None));
            Time("facts: configuration", () => facts.Settings.GetFlagConfiguration(CancellationToken.None));
            Time("facts: HasFirstInstallSummary", () => facts.HasFirstInstallSummary(CancellationToken.None));
            Time("facts: every spec (SpecIndex)", () => facts.GetSpecs(CancellationToken.None));
            Time("facts: registered filters", () => facts.GetFilters(CancellationToken.None));
            var reported = 0;
            var context = new ConfigurationRuleContext(file, facts, _ => reported++, CancellationToken.None);
            foreach (var rule in RuleCatalog.PerConfigurationFile)
            {
                Time(rule.GetType().Name, () => { rule.Analyze(context); return 0; });
            }

            var specs = facts.GetSpecs(CancellationToken.None);
            var undeclared = file.Flags.Where(flag => !specs.TryGetIgnoringCase(flag.Name, out _)).ToList();
            var suggesting = Stopwatch.StartNew();
            undeclared.ForEach(flag => KeySuggestions.Nearest(flag.Name, specs.SuggestableKeys));
            suggesting.Stop();
            output.WriteLine($"Round {round}{(bound ? ", types bound first" : "")} ({reported} diagnostics): total {steps.Sum(step => step.Time.TotalMilliseconds):N1} ms");
            foreach (var (step, time) in steps)
            {
                output.WriteLine($"  {step,-45} {time.TotalMilliseconds,8:N2} ms");
            }

            output.WriteLine($"  (SPEC401's did you mean again, alone: {undeclared.Count} flags over {specs.SuggestableKeys.Keys.Length} keys {suggesting.Elapsed.TotalMilliseconds:N2} ms)");
        }
    }
}
