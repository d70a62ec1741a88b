using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SpecAnalyzers.Benchmarks.Analysis;
using SpecAnalyzers.Benchmarks.Generation;
using SpecAnalyzers.Benchmarks.Reporting;

namespace SpecAnalyzers.Benchmarks;

/// <summary>
/// The work of one keystroke in the IDE: the diagnostics of the open document, a spec file in a project of
/// 10,000 types, computed the way the IDE computes them (the compiler's diagnostics as one analyzer among the
/// others of <see cref="CompilationWithAnalyzers"/>), without and with SpecAnalyzers. Not sealed:
/// BenchmarkDotNet derives from it.
/// </summary>
[IterationCount(15)]
public class DocumentBenchmarks
{
    public const int TypeCount = 10_000;

    private static readonly ProjectCase Project = new(ProjectShape.WithSpecs, TypeCount);

    private GeneratedDocument _document = null!;
    private CSharpCompilation _template = null!;
    private SyntaxTree _tree = null!;
    private System.Collections.Immutable.ImmutableArray<AdditionalText> _additionalFiles;
    private (CompilationWithAnalyzers Analysis, SemanticModel Model) _compiler;
    private (CompilationWithAnalyzers Analysis, SemanticModel Model) _spec;

    /// <summary>The file the benchmark analyses, for the summary.</summary>
    internal static string? DocumentPath { get; private set; }

    [GlobalSetup]
    public void Generate()
    {
        var project = ProjectGenerator.Generate(Project.Shape, Project.TypeCount);
        _template = BenchmarkCompilation.Create(project);
        _document = project.SpecDocument;
        _tree = _template.SyntaxTrees.Single(tree => tree.FilePath == _document.Path);

        // The configuration is not edited while typing in C#: the IDE keeps its text, and SpecAnalyzers what it read of it.
        _additionalFiles = BenchmarkCompilation.AdditionalTexts(project);
        DocumentPath = _document.Path;
    }

    /// <summary>
    /// After a keystroke the IDE analyses a new compilation in which the edited file is a new syntax tree and every
    /// other file the tree it was; it reuses the declaration table of the unchanged files, which the template has
    /// built once. So each invocation gets fresh symbols and semantic models and a new tree of the edited file, and
    /// what SpecAnalyzers keeps per tree is kept, for the other files, from the invocations before, as while typing.
    /// </summary>
    [IterationSetup]
    public void FreshCompilation()
    {
        _compiler = Attach(SpecAnalyzerSet.Ide);
        _spec = Attach(SpecAnalyzerSet.IdeWithSpecAnalyzers);
    }

    [Benchmark(Baseline = true)]
    public Task<int> CompilerOnly() => Measurements.RecordAsync(Key(nameof(CompilerOnly)), async () =>
    {
        var diagnostics = await _compiler.Analysis.GetAnalyzerSemanticDiagnosticsAsync(_compiler.Model, filterSpan: null, CancellationToken.None);
        return (diagnostics.Length, AnalyzerTimes.None);
    });

    [Benchmark]
    public Task<int> WithSpecAnalyzers() => Measurements.RecordAsync(Key(nameof(WithSpecAnalyzers)), async () =>
    {
        var diagnostics = await _spec.Analysis.GetAnalyzerSemanticDiagnosticsAsync(_spec.Model, filterSpan: null, CancellationToken.None);
        ExpectedDiagnosticCounts.AssertMatch(_document.ExpectedDiagnostics, diagnostics, _document.Path);
        var times = new Dictionary<string, TimeSpan>();
        foreach (var analyzer in SpecAnalyzerSet.All)
        {
            var telemetry = await _spec.Analysis.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
            times[analyzer.GetType().Name] = telemetry.ExecutionTime;
        }

        return (diagnostics.Length, AnalyzerTimes.RoslynOnly(times));
    });

    private (CompilationWithAnalyzers, SemanticModel) Attach(System.Collections.Immutable.ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var edited = BenchmarkCompilation.FreshTree(_tree);
        var analysis = SpecAnalyzerSet.Attach(BenchmarkCompilation.Declared(_template.ReplaceSyntaxTree(_tree, edited)), analyzers, _additionalFiles);
        return (analysis, analysis.Compilation.GetSemanticModel(edited));
    }

    private static MeasurementKey Key(string method) => new(nameof(DocumentBenchmarks), method, null);
}
