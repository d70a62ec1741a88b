using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SpecAnalyzers.Benchmarks.Analysis;

/// <summary>
/// Runs an analyzer and keeps the account of its own work: the time inside its callbacks less the garbage
/// collections that fall in them. Roslyn's account (its analyzer telemetry, what <c>-p:ReportAnalyzer=true</c>
/// prints) is wall-clock time, and a blocking collection of the compiler's heap (tens of milliseconds at 10,000
/// types, hundreds at 50,000) is charged to whichever callback happens to allocate when the budget runs out: two
/// identical runs at 50,000 types put 1.1 s and 4.4 s in FlagEvaluationAnalyzer. What SpecAnalyzers costs the
/// collector is measured apart, by its added allocation. One instance per analysis: the account accumulates.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class WorkTimedAnalyzer(DiagnosticAnalyzer inner) : DiagnosticAnalyzer
{
    private long _workTicks;

    public string Name { get; } = inner.GetType().Name;

    public TimeSpan OwnWork => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _workTicks));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => inner.SupportedDiagnostics;

    // The wrapped analyzer configures generated code and concurrency itself, through the forwarding context.
#pragma warning disable RS1025, RS1026
    public override void Initialize(AnalysisContext context) => inner.Initialize(new WorkTimedAnalysisContext(context, this));
#pragma warning restore RS1025, RS1026

    /// <summary><paramref name="action"/>, its time less the collections in it added to this analyzer's account.</summary>
    public Action<T> Timed<T>(Action<T> action) => argument =>
    {
        var pauses = GC.GetTotalPauseDuration();
        var start = Stopwatch.GetTimestamp();
        try
        {
            action(argument);
        }
        finally
        {
            var elapsed = Stopwatch.GetTimestamp() - start;
            var collections = (GC.GetTotalPauseDuration() - pauses).Ticks * Stopwatch.Frequency / TimeSpan.TicksPerSecond;
            Interlocked.Add(ref _workTicks, Math.Max(0, elapsed - collections));
        }
    };
}
