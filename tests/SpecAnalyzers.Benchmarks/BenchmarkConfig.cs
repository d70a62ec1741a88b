using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using SpecAnalyzers.Benchmarks.Reporting;

namespace SpecAnalyzers.Benchmarks;

/// <summary>
/// A short job that fits a 2-core machine in under ten minutes: each invocation is seconds of work on a fresh
/// compilation (up to a minute at 50,000 types), so one invocation per iteration (monitoring), no warm-up (the
/// code is jitted by the smaller projects measured first), one measured iteration and the memory diagnoser's extra
/// one: the CPU and telemetry medians are taken over both. In process, so the benchmarks can hand their CPU times
/// and Roslyn telemetry to the columns and the summary.
/// </summary>
internal static class BenchmarkConfig
{
    public static IConfig Create() => DefaultConfig.Instance
        .AddJob(Job.Default
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(10), logOutput: true))
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(0)
            .WithIterationCount(1))
        .AddDiagnoser(MemoryDiagnoser.Default)
        .AddColumn(BenchmarkColumns.All)
        .WithOptions(ConfigOptions.JoinSummary);
}
