using BenchmarkDotNet.Columns;
using static SpecAnalyzers.Benchmarks.Reporting.CostModel;

namespace SpecAnalyzers.Benchmarks.Reporting;

/// <summary>The columns added to BenchmarkDotNet's table; <see cref="CostModel"/> says what they mean.</summary>
internal static class BenchmarkColumns
{
    public static IColumn[] All { get; } =
    [
        new MeasurementColumn("CPU", "Median process CPU time per invocation (all threads)",
            (_, benchmarkCase) => Milliseconds(Cpu(MeasurementKey.Of(benchmarkCase)))),
        new MeasurementColumn("CPU/1k types", "CPU time per 1,000 types of the project",
            (_, benchmarkCase) => MeasurementKey.ProjectOf(benchmarkCase) is { } project
                ? Milliseconds(Cpu(MeasurementKey.Of(benchmarkCase)) / PerThousandTypes(project))
                : null),
        new MeasurementColumn("Alloc/1k types", "Bytes allocated per 1,000 types of the project",
            (summary, benchmarkCase) => MeasurementKey.ProjectOf(benchmarkCase) is { } project && AllocatedBytes(summary, benchmarkCase) is { } bytes
                ? $"{bytes / PerThousandTypes(project) / 1024 / 1024:N2} MB"
                : null),
        new MeasurementColumn("SpecAnalyzers time", "Roslyn's execution time of the SpecAnalyzers analyzers (median)",
            (_, benchmarkCase) => OnSpecRow(benchmarkCase, key => Milliseconds(AnalyzerTime(key)))),
        new MeasurementColumn("% of compiler", "SpecAnalyzers time / compiler CPU time",
            (_, benchmarkCase) => OnSpecRow(benchmarkCase, key => Percent(AnalyzerShare(key)))),
        new MeasurementColumn("Added CPU", "(CPU with SpecAnalyzers - CPU with the empty analyzer) / compiler CPU",
            (_, benchmarkCase) => OnSpecRow(benchmarkCase, key => Percent(AddedCpuShare(key)))),
    ];

    private static string? OnSpecRow(BenchmarkDotNet.Running.BenchmarkCase benchmarkCase, Func<MeasurementKey, string> value)
    {
        var key = MeasurementKey.Of(benchmarkCase);
        return key.Method == WithSpecAnalyzers ? value(key) : null;
    }
}
