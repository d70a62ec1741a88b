using System.Collections.Immutable;
using Microsoft.CodeAnalysis.CSharp;
using BenchmarkDotNet.Attributes;
using SpecAnalyzers.Benchmarks.Analysis;
using SpecAnalyzers.Benchmarks.Generation;
using SpecAnalyzers.Benchmarks.Reporting;

namespace SpecAnalyzers.Benchmarks;

/// <summary>
/// Whole-project analysis, as a build runs it: the compiler alone, the compiler with an analyzer that registers
/// nothing, and the compiler with every SpecAnalyzers analyzer. Not sealed: BenchmarkDotNet derives from it.
/// </summary>
public class CompilationBenchmarks
{
    private GeneratedProject _project = null!;
    private CSharpCompilation _template = null!;
    private CSharpCompilation _fresh = null!;
    private ImmutableArray<Microsoft.CodeAnalysis.AdditionalText> _additionalFiles;

    public static IEnumerable<ProjectCase> Projects => ProjectCase.All;

    [ParamsSource(nameof(Projects))]
    public ProjectCase Project { get; set; } = null!;

    [GlobalSetup]
    public void Generate()
    {
        _project = ProjectGenerator.Generate(Project.Shape, Project.TypeCount);
        _template = BenchmarkCompilation.Create(_project);
        ProjectCatalog.Record(Project, _project);
    }

    /// <summary>
    /// A compilation caches what it has bound (symbols, attributes, diagnostics), and SpecAnalyzers caches what it
    /// reads of each syntax tree and configuration text: every invocation gets a fresh compilation of fresh trees and
    /// fresh AdditionalFiles, as a build does, so each measures a full analysis.
    /// </summary>
    [IterationSetup]
    public void FreshCompilation()
    {
        _fresh = BenchmarkCompilation.Declared(BenchmarkCompilation.WithFreshTrees(_template));
        _additionalFiles = BenchmarkCompilation.AdditionalTexts(_project);
    }

    [Benchmark(Baseline = true)]
    public Task<int> CompilerOnly() => Measurements.RecordAsync(Key(nameof(CompilerOnly)), () =>
    {
        var diagnostics = _fresh.GetDiagnostics();
        BenchmarkCompilation.AssertCompiles(diagnostics);
        return Task.FromResult((diagnostics.Length, AnalyzerTimes.None));
    });

    [Benchmark]
    public Task<int> WithEmptyAnalyzer() => !Project.ComparesWithEmptyAnalyzer ? Task.FromResult(0) : Measurements.RecordAsync(Key(nameof(WithEmptyAnalyzer)), async () =>
    {
        var result = await SpecAnalyzerSet.Attach(_fresh, SpecAnalyzerSet.Baseline, _additionalFiles).GetAnalysisResultAsync(CancellationToken.None);
        ExpectedDiagnosticCounts.AssertMatch(ImmutableDictionary<string, int>.Empty, result.GetAllDiagnostics(), Project + " (empty analyzer)");
        return (0, SpecAnalyzerSet.Times(result));
    });

    [Benchmark]
    public Task<int> WithSpecAnalyzers() => Measurements.RecordAsync(Key(nameof(WithSpecAnalyzers)), async () =>
    {
        // The analysis result runs the whole compilation (its compiler diagnostics included) and carries Roslyn's telemetry.
        var result = await SpecAnalyzerSet.Attach(_fresh, SpecAnalyzerSet.WorkTimed(SpecAnalyzerSet.All), _additionalFiles).GetAnalysisResultAsync(CancellationToken.None);
        var diagnostics = result.GetAllDiagnostics();
        ExpectedDiagnosticCounts.AssertMatch(_project.ExpectedDiagnostics, diagnostics, Project.ToString());
        return (diagnostics.Length, SpecAnalyzerSet.Times(result));
    });

    private MeasurementKey Key(string method) => new(nameof(CompilationBenchmarks), method, Project);
}
