using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SpecAnalyzers.Benchmarks.Generation;
using SpecAnalyzers.Testing;

namespace SpecAnalyzers.Benchmarks.Analysis;

/// <summary>The analyzers under measurement.</summary>
internal static class SpecAnalyzerSet
{
    /// <summary>Every analyzer the SpecAnalyzers assembly ships, found by reflection so that new ones are measured too.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> All { get; } = [.. typeof(SpecTypeAnalyzer).Assembly.GetTypes()
        .Where(type => typeof(DiagnosticAnalyzer).IsAssignableFrom(type) && !type.IsAbstract
            && type.IsDefined(typeof(DiagnosticAnalyzerAttribute), inherit: false))
        .OrderBy(type => type.FullName, StringComparer.Ordinal)
        .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)];

    /// <summary>
    /// The generated projects' global analyzer config: <c>spec_analyzers.reference_date</c> pinned, as a team pins it
    /// so that old commits keep building, so the stale-date rule does not depend on the day of the run.
    /// </summary>
    private static readonly GlobalAnalyzerOptions PinnedOptions = new([new("spec_analyzers.reference_date", ProjectGenerator.ReferenceDate)]);

    public static ImmutableArray<DiagnosticAnalyzer> Baseline { get; } = [new EmptyAnalyzer()];

    /// <summary>What the IDE runs on a document with no third-party analyzer: its compiler diagnostics.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Ide { get; } = [new CompilerDiagnosticsAnalyzer()];

    /// <summary>What the IDE runs on a document with SpecAnalyzers installed.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> IdeWithSpecAnalyzers { get; } = Ide.AddRange(All);

    /// <summary>
    /// How the benchmarks attach analyzers: one callback at a time, beside the single-threaded compiler, with Roslyn's execution times
    /// logged, the project's AdditionalFiles (its flag configuration) passed and options pinned as a team pins them.
    /// An analyzer exception surfaces as an AD0001 diagnostic, which the expected counts never allow.
    /// </summary>
    public static CompilationWithAnalyzers Attach(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, ImmutableArray<AdditionalText> additionalFiles) =>
        compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(additionalFiles, PinnedOptions),
            onAnalyzerException: null,
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: true,
            reportSuppressedDiagnostics: false));

    /// <summary><paramref name="analyzers"/>, each keeping the account of its own work; fresh ones per analysis.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> WorkTimed(ImmutableArray<DiagnosticAnalyzer> analyzers) =>
        [.. analyzers.Select(analyzer => new WorkTimedAnalyzer(analyzer))];

    /// <summary>Both accounts of the time spent inside each analyzer of <paramref name="result"/>, by analyzer type name.</summary>
    public static AnalyzerTimes Times(AnalysisResult result) => new(
        result.AnalyzerTelemetryInfo.ToDictionary(entry => NameOf(entry.Key), entry => entry.Value.ExecutionTime),
        result.AnalyzerTelemetryInfo.Keys.OfType<WorkTimedAnalyzer>().ToDictionary(analyzer => analyzer.Name, analyzer => analyzer.OwnWork));

    private static string NameOf(DiagnosticAnalyzer analyzer) => analyzer is WorkTimedAnalyzer timed ? timed.Name : analyzer.GetType().Name;
}
