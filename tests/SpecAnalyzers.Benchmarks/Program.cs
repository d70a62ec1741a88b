using System.Diagnostics;
using BenchmarkDotNet.Running;
using SpecAnalyzers.Benchmarks;
using SpecAnalyzers.Benchmarks.Reporting;

// "catalog" measures the spec catalog's cost instead (CatalogCost).
if (args is ["catalog"])
{
    CatalogCost.Measure(Console.Out);
    return;
}

// "configuration" times the steps of reading and judging the flag configuration instead (ConfigurationCost).
if (args is ["configuration"])
{
    ConfigurationCost.Measure(Console.Out);
    return;
}

// With no arguments every benchmark runs; BenchmarkDotNet's own arguments (e.g. --filter *Document*) pass through.
var stopwatch = Stopwatch.StartNew();
var summaries = BenchmarkSwitcher
    .FromTypes([typeof(CompilationBenchmarks), typeof(DocumentBenchmarks)])
    .Run(args.Length == 0 ? ["--filter", "*"] : args, BenchmarkConfig.Create());
TargetReport.Print(summaries, Console.Out);
Console.WriteLine();
Console.WriteLine($"Benchmark run took {stopwatch.Elapsed:m\\mss\\s}.");
