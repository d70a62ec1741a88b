using BenchmarkDotNet.Reports;
using SpecAnalyzers.Benchmarks.Generation;
using static SpecAnalyzers.Benchmarks.Reporting.CostModel;

namespace SpecAnalyzers.Benchmarks.Reporting;

/// <summary>The table and the verdicts on the targets, printed after BenchmarkDotNet's own summary.</summary>
internal static class TargetReport
{
    private const double MaximumShareAt10K = 0.02;
    private const double MaximumGrowth50KOver10K = 5.5;

    public static void Print(IEnumerable<Summary> summaries, TextWriter output)
    {
        var summary = summaries.FirstOrDefault();
        output.WriteLine();
        output.WriteLine("## SpecAnalyzers cost");
        output.WriteLine();
        output.WriteLine("| Project | Types | Files | Specs | Flag evaluations | Configured flags | Compiler CPU | SpecAnalyzers time | Own work | % of compiler | Added CPU | Added allocation | SpecAnalyzers time / 1k types |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var project in ProjectCase.All)
        {
            var key = new MeasurementKey(nameof(CompilationBenchmarks), WithSpecAnalyzers, project);
            if (ProjectCatalog.Find(project) is not { } generated || Cpu(key) is null)
            {
                continue;
            }

            output.WriteLine(
                $"| {project.Shape} | {project.TypeCount:N0} | {generated.Documents.Length:N0} | {generated.SpecCount:N0} | {generated.FlagEvaluationCount:N0} | {generated.ConfiguredFlagCount:N0} " +
                $"| {Milliseconds(Cpu(key.WithMethod(CompilerOnly)))} | {Milliseconds(AnalyzerTime(key))} | {Milliseconds(OwnWork(key))} | {Percent(AnalyzerShare(key))} " +
                $"| {Percent(AddedCpuShare(key))} | {Percent(summary is null ? null : AddedAllocationShare(summary, project))} " +
                $"| {Milliseconds(AnalyzerTime(key) / PerThousandTypes(project))} |");
        }

        PrintPerAnalyzer(output);
        PrintDocument(output);
        PrintTargets(summary, output);
    }

    /// <summary>Each analyzer on its own, per 1,000 types and per 1,000 flag evaluations (the call sites SPEC2xx inspects).</summary>
    private static void PrintPerAnalyzer(TextWriter output)
    {
        foreach (var types in new[] { 10_000, 50_000 })
        {
            PrintPerAnalyzer(new ProjectCase(ProjectShape.WithSpecs, types), output);
        }
    }

    private static void PrintPerAnalyzer(ProjectCase project, TextWriter output)
    {
        if (ProjectCatalog.Find(project) is not { } generated)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine($"Per analyzer, {project}: {generated.FlagEvaluationCount:N0} flag evaluations, {generated.SpecCount:N0} specs, {generated.ConfiguredFlagCount:N0} configured flags " +
            "(each analyzer's median invocation, so the rows need not add up to the project's total)");
        output.WriteLine();
        output.WriteLine("| Analyzer | Time | Own work | per 1k types | per 1k flag evaluations |");
        output.WriteLine("|---|---:|---:|---:|---:|");
        var key = new MeasurementKey(nameof(CompilationBenchmarks), WithSpecAnalyzers, project);
        var ownWork = Measurements.MedianOwnWork(key);
        foreach (var (analyzer, time) in Measurements.MedianAnalyzerTimes(key).OrderBy(entry => entry.Key, StringComparer.Ordinal))
        {
            var work = ownWork.TryGetValue(analyzer, out var value) ? value : (TimeSpan?)null;
            output.WriteLine($"| {analyzer} | {Milliseconds(time)} | {Milliseconds(work)} | {Milliseconds(work / PerThousandTypes(project))} " +
                $"| {Milliseconds(work / (generated.FlagEvaluationCount / 1000.0))} |");
        }
    }

    private static void PrintDocument(TextWriter output)
    {
        var key = new MeasurementKey(nameof(DocumentBenchmarks), WithSpecAnalyzers, null);
        if (Cpu(key) is null)
        {
            return;
        }

        var compiler = Cpu(key.WithMethod(CompilerOnly));
        output.WriteLine();
        output.WriteLine($"IDE, one keystroke in {DocumentBenchmarks.DocumentPath} of a {DocumentBenchmarks.TypeCount:N0}-type project: " +
            $"compiler diagnostics of the file {Milliseconds(compiler)} CPU, with SpecAnalyzers {Milliseconds(Cpu(key))} " +
            $"(added {Milliseconds(Cpu(key) - compiler)}; {Milliseconds(AnalyzerTime(key))} inside the SpecAnalyzers analyzers: " +
            string.Join(", ", Measurements.MedianAnalyzerTimes(key)
                .OrderBy(entry => entry.Key, StringComparer.Ordinal)
                .Select(entry => $"{entry.Key} {Milliseconds(entry.Value)}")) + ").");
    }

    private static void PrintTargets(Summary? summary, TextWriter output)
    {
        MeasurementKey Key(ProjectShape shape, int types) => new(nameof(CompilationBenchmarks), WithSpecAnalyzers, new ProjectCase(shape, types));

        output.WriteLine();
        output.WriteLine("Targets:");
        var at10K = Key(ProjectShape.WithSpecs, 10_000);
        if (AnalyzerShare(at10K) is { } share)
        {
            output.WriteLine($"- At most {MaximumShareAt10K:P0} of compiler time at 10,000 types: {Percent(share)} " +
                $"(own work {Percent(OwnWorkShare(at10K))}, added CPU over the empty analyzer {Percent(AddedCpuShare(at10K))}, added allocation " +
                $"{Percent(summary is null ? null : AddedAllocationShare(summary, at10K.Project!))}) -> {Verdict(share <= MaximumShareAt10K)}");
        }

        var at50K = Key(ProjectShape.WithSpecs, 50_000);
        if (Ratio(OwnWork(at50K), OwnWork(at10K)) is { } growth)
        {
            var range = OwnWorkGrowthRange(at10K, at50K);
            output.WriteLine($"- Linear, 50,000 types within {MaximumGrowth50KOver10K}x of 10,000: own work {Times(growth)} " +
                $"(from {Times(range?.Lowest)} to {Times(range?.Highest)} over every pairing of one invocation at each size; " +
                $"Roslyn's wall-clock account {Times(Ratio(AnalyzerTime(at50K), AnalyzerTime(at10K)))}, the compiler " +
                $"{Times(Ratio(Cpu(at50K.WithMethod(CompilerOnly)), Cpu(at10K.WithMethod(CompilerOnly))))}) -> {Verdict(growth <= MaximumGrowth50KOver10K)}");
        }

        foreach (var shape in new[] { ProjectShape.AnnotationsWithoutSpecs, ProjectShape.WithoutAnnotations })
        {
            var key = Key(shape, 10_000);
            if (AnalyzerTime(key) is not { } time)
            {
                continue;
            }

            // Without the annotations SpecAnalyzers registers nothing, and Roslyn then skips the analysis entirely.
            output.WriteLine(shape == ProjectShape.WithoutAnnotations
                ? $"- No specs ({shape}, 10,000 types): SpecAnalyzers registers nothing, so Roslyn skips the analysis: " +
                  $"{Milliseconds(Cpu(key))} CPU for the whole of it, {Milliseconds(time)} inside SpecAnalyzers"
                : $"- No specs ({shape}, 10,000 types): {Milliseconds(time)} inside SpecAnalyzers = {Percent(AnalyzerShare(key))} of compiler time " +
                  $"(added CPU over the empty analyzer {Percent(AddedCpuShare(key))}, added allocation " +
                  $"{Percent(summary is null ? null : AddedAllocationShare(summary, key.Project!))})");
        }
    }

    private static string Verdict(bool met) => met ? "met" : "NOT MET";
}
