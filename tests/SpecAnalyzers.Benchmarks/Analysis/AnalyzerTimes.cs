namespace SpecAnalyzers.Benchmarks.Analysis;

/// <summary>
/// Two accounts of the time inside each analyzer, by analyzer type name: Roslyn's wall-clock telemetry, and the
/// analyzer's own work (<see cref="WorkTimedAnalyzer"/>), which leaves out the garbage collections that fall in it.
/// </summary>
internal sealed record AnalyzerTimes(IReadOnlyDictionary<string, TimeSpan> Roslyn, IReadOnlyDictionary<string, TimeSpan> OwnWork)
{
    private static readonly IReadOnlyDictionary<string, TimeSpan> NoTimes = new Dictionary<string, TimeSpan>();

    public static AnalyzerTimes None { get; } = new(NoTimes, NoTimes);

    public static AnalyzerTimes RoslynOnly(IReadOnlyDictionary<string, TimeSpan> roslyn) => new(roslyn, NoTimes);
}
