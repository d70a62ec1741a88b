using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using SpecAnalyzers.Benchmarks.Generation;

namespace SpecAnalyzers.Benchmarks.Reporting;

/// <summary>
/// What the measurements mean. "Compiler time" is the CPU time of the compiler's own diagnostics pass over a fresh
/// compilation, single-threaded (binding and flow analysis of every method; parsing and emit excluded, which makes
/// every percentage here larger than it would be against a whole build). SpecAnalyzers' cost is measured four
/// ways: Roslyn's own account of the time spent inside its analyzers (what <c>-p:ReportAnalyzer=true</c> prints in
/// a build), the same time less the garbage collections that fell in it (own work), and the CPU time and the
/// bytes the whole analysis takes beyond the same analysis with an analyzer that does nothing.
/// </summary>
internal static class CostModel
{
    public const string CompilerOnly = nameof(CompilationBenchmarks.CompilerOnly);
    public const string WithEmptyAnalyzer = nameof(CompilationBenchmarks.WithEmptyAnalyzer);
    public const string WithSpecAnalyzers = nameof(CompilationBenchmarks.WithSpecAnalyzers);

    public static TimeSpan? Cpu(MeasurementKey key) => Measurements.MedianCpu(key);

    /// <summary>Time inside the SpecAnalyzers analyzers, added up over them within each invocation.</summary>
    public static TimeSpan? AnalyzerTime(MeasurementKey key) => Measurements.MedianTotalAnalyzerTime(key.WithMethod(WithSpecAnalyzers));

    /// <summary>
    /// SpecAnalyzers' own work, added up over its analyzers within each invocation: their time less the garbage
    /// collections that fell in it (<see cref="Analysis.WorkTimedAnalyzer"/>). What it costs the collector is <see cref="AddedAllocationShare"/>.
    /// </summary>
    public static TimeSpan? OwnWork(MeasurementKey key) => Measurements.MedianTotalOwnWork(key.WithMethod(WithSpecAnalyzers));

    /// <summary>
    /// The lowest and the highest growth of own work from <paramref name="small"/> to <paramref name="large"/> over
    /// every pairing of one invocation of each: how far the verdict moves with the samples alone.
    /// </summary>
    public static (double Lowest, double Highest)? OwnWorkGrowthRange(MeasurementKey small, MeasurementKey large)
    {
        var smallWork = Measurements.TotalOwnWorkPerInvocation(small.WithMethod(WithSpecAnalyzers));
        var growths = Measurements.TotalOwnWorkPerInvocation(large.WithMethod(WithSpecAnalyzers))
            .SelectMany(largeWork => smallWork.Select(work => Ratio(largeWork, work)))
            .OfType<double>()
            .ToList();
        return growths.Count == 0 ? null : (growths.Min(), growths.Max());
    }

    /// <summary>SpecAnalyzers' execution time as a share of the compiler's CPU time.</summary>
    public static double? AnalyzerShare(MeasurementKey key) => Ratio(AnalyzerTime(key), Cpu(key.WithMethod(CompilerOnly)));

    /// <summary>SpecAnalyzers' own work as a share of the compiler's CPU time.</summary>
    public static double? OwnWorkShare(MeasurementKey key) => Ratio(OwnWork(key), Cpu(key.WithMethod(CompilerOnly)));

    /// <summary>
    /// The CPU time SpecAnalyzers adds over the empty analyzer, as a share of the compiler's CPU time; none when
    /// Roslyn skipped the analysis (SpecAnalyzers registers nothing in a project without the annotations).
    /// </summary>
    public static double? AddedCpuShare(MeasurementKey key)
    {
        var spec = Cpu(key.WithMethod(WithSpecAnalyzers));
        var empty = Cpu(key.WithMethod(WithEmptyAnalyzer));
        var compiler = Cpu(key.WithMethod(CompilerOnly));
        return spec is null || empty is null || Skipped(spec, compiler) ? null : Ratio(spec - empty, compiler);
    }

    /// <summary>An analysis far cheaper than the compilation cannot have compiled: Roslyn skipped it.</summary>
    public static bool Skipped(TimeSpan? analysis, TimeSpan? compiler) => analysis < compiler / 10;

    /// <summary>
    /// The bytes SpecAnalyzers allocates beyond the empty analyzer, as a share of the compiler's allocations: a
    /// measure of added work that, unlike time, other processes on the machine cannot disturb.
    /// </summary>
    public static double? AddedAllocationShare(Summary summary, ProjectCase project)
    {
        long? Bytes(string method) => summary.BenchmarksCases
            .Where(benchmarkCase => MeasurementKey.ProjectOf(benchmarkCase) == project && benchmarkCase.Descriptor.WorkloadMethod.Name == method)
            .Select(benchmarkCase => AllocatedBytes(summary, benchmarkCase))
            .FirstOrDefault();

        return project.ComparesWithEmptyAnalyzer
            && Bytes(WithSpecAnalyzers) is { } spec && Bytes(WithEmptyAnalyzer) is { } empty && Bytes(CompilerOnly) is { } compiler && compiler > 0
            && spec >= compiler / 10
            ? (double)(spec - empty) / compiler
            : null;
    }

    public static long? AllocatedBytes(Summary summary, BenchmarkCase benchmarkCase) =>
        summary[benchmarkCase]?.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);

    public static double PerThousandTypes(ProjectCase project) => project.TypeCount / 1000.0;

    public static string Milliseconds(TimeSpan? time) => time is { } value ? $"{value.TotalMilliseconds:N1} ms" : "-";

    public static string Percent(double? share) => share is { } value ? $"{value:P2}" : "-";

    public static string Times(double? growth) => growth is { } value ? $"{value:N2}x" : "-";

    /// <summary><paramref name="part"/> / <paramref name="whole"/>: a share of compiler time, or a growth between project sizes.</summary>
    public static double? Ratio(TimeSpan? part, TimeSpan? whole) =>
        part is { } p && whole is { } w && w > TimeSpan.Zero ? p / w : null;
}
