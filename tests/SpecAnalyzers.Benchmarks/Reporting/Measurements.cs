using System.Collections.Concurrent;
using SpecAnalyzers.Benchmarks.Analysis;

namespace SpecAnalyzers.Benchmarks.Reporting;

/// <summary>
/// What BenchmarkDotNet does not measure itself, recorded by the benchmark methods (the benchmarks run in this
/// process): the process CPU time of each invocation, which other processes on a shared machine do not inflate
/// the way they inflate wall-clock time, and Roslyn's own account of the time spent inside each analyzer.
/// </summary>
internal static class Measurements
{
    private static readonly ConcurrentDictionary<MeasurementKey, ConcurrentQueue<Sample>> Samples = new();

    /// <summary>Runs <paramref name="work"/> and records its CPU time and the analyzer times it reports.</summary>
    public static async Task<T> RecordAsync<T>(MeasurementKey key, Func<Task<(T Result, AnalyzerTimes AnalyzerTimes)>> work)
    {
        var start = Environment.CpuUsage.TotalTime;
        var (result, analyzerTimes) = await work();
        var cpu = Environment.CpuUsage.TotalTime - start;
        Samples.GetOrAdd(key, _ => new ConcurrentQueue<Sample>()).Enqueue(new Sample(cpu, analyzerTimes));
        return result;
    }

    /// <summary>
    /// Median CPU time per invocation, the lower of the two middle ones for an even count: of two invocations, the one
    /// least disturbed by JIT and by other work on the machine.
    /// </summary>
    public static TimeSpan? MedianCpu(MeasurementKey key) =>
        Samples.TryGetValue(key, out var samples) ? Median(samples.Select(sample => sample.Cpu)) : null;

    /// <summary>Median of Roslyn's execution time per analyzer (by type name) over the recorded invocations.</summary>
    public static IReadOnlyDictionary<string, TimeSpan> MedianAnalyzerTimes(MeasurementKey key) => MedianPerAnalyzer(key, times => times.Roslyn);

    /// <summary>Median of each analyzer's own work (<see cref="WorkTimedAnalyzer"/>) over the recorded invocations.</summary>
    public static IReadOnlyDictionary<string, TimeSpan> MedianOwnWork(MeasurementKey key) => MedianPerAnalyzer(key, times => times.OwnWork);

    /// <summary>
    /// Median over the recorded invocations of Roslyn's execution time of all analyzers together. Each invocation is
    /// added up first: a sum of per-analyzer medians would take each analyzer from its quietest invocation and add
    /// up a time no invocation had, lower the more the analyzers' times move.
    /// </summary>
    public static TimeSpan? MedianTotalAnalyzerTime(MeasurementKey key) => MedianTotal(key, times => times.Roslyn);

    /// <summary>Median over the recorded invocations of all analyzers' own work together, each invocation added up first.</summary>
    public static TimeSpan? MedianTotalOwnWork(MeasurementKey key) => MedianTotal(key, times => times.OwnWork);

    /// <summary>Each recorded invocation's own work, added up over its analyzers; empty when none was timed.</summary>
    public static IReadOnlyList<TimeSpan> TotalOwnWorkPerInvocation(MeasurementKey key) => TotalsPerInvocation(key, times => times.OwnWork);

    private static TimeSpan? MedianTotal(MeasurementKey key, Func<AnalyzerTimes, IReadOnlyDictionary<string, TimeSpan>> account) =>
        TotalsPerInvocation(key, account) is { Count: > 0 } totals ? Median(totals) : null;

    private static IReadOnlyList<TimeSpan> TotalsPerInvocation(MeasurementKey key, Func<AnalyzerTimes, IReadOnlyDictionary<string, TimeSpan>> account) =>
        Samples.TryGetValue(key, out var samples)
            ? [.. samples.Select(sample => account(sample.AnalyzerTimes))
                .Where(times => times.Count > 0)
                .Select(times => times.Values.Aggregate(TimeSpan.Zero, (sum, time) => sum + time))]
            : [];

    private static IReadOnlyDictionary<string, TimeSpan> MedianPerAnalyzer(MeasurementKey key, Func<AnalyzerTimes, IReadOnlyDictionary<string, TimeSpan>> account)
    {
        if (!Samples.TryGetValue(key, out var samples))
        {
            return new Dictionary<string, TimeSpan>();
        }

        return samples.SelectMany(sample => account(sample.AnalyzerTimes))
            .GroupBy(entry => entry.Key)
            .ToDictionary(group => group.Key, group => Median(group.Select(entry => entry.Value)));
    }

    private static TimeSpan Median(IEnumerable<TimeSpan> values)
    {
        var sorted = values.Order().ToList();
        return sorted[(sorted.Count - 1) / 2];
    }

    private sealed record Sample(TimeSpan Cpu, AnalyzerTimes AnalyzerTimes);
}
