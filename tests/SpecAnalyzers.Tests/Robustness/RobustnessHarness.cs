using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace SpecAnalyzers.Tests.Robustness;

/// <summary>
/// Runs broken inputs through analyzers (via <see cref="AnalyzerRunner"/>, as the IDE runs them) and code fixes
/// (via <see cref="CodeFixRunner"/>, on a workspace document as the IDE offers them), collecting every exception
/// with the input that caused it instead of stopping at the first.
/// </summary>
internal sealed class RobustnessHarness
{
    private readonly Project _emptyProject;
    private readonly ImmutableArray<DiagnosticAnalyzer> _analyzers;
    private readonly ImmutableArray<CodeFixProvider> _fixers;

    private RobustnessHarness(Project emptyProject, ImmutableArray<DiagnosticAnalyzer> analyzers, ImmutableArray<CodeFixProvider> fixers)
    {
        _emptyProject = emptyProject;
        _analyzers = analyzers;
        _fixers = fixers;
    }

    public static async Task<RobustnessHarness> CreateAsync(ImmutableArray<DiagnosticAnalyzer> analyzers, ImmutableArray<CodeFixProvider> fixers)
    {
        var template = await AnalyzerRunner.CreateCompilationAsync();
        var workspace = new AdhocWorkspace();
        var project = workspace.AddProject(ProjectInfo.Create(
            ProjectId.CreateNewId(),
            VersionStamp.Default,
            "Broken",
            "Broken",
            LanguageNames.CSharp,
            compilationOptions: template.Options,
            parseOptions: CSharpParseOptions.Default,
            metadataReferences: template.References));

        // Bound once: every input adds its documents to this project, so its compilation reuses the references.
        await project.GetCompilationAsync();
        return new RobustnessHarness(project, analyzers, fixers);
    }

    /// <summary>
    /// Analyzes every input; applies the fixes on every <paramref name="fixEvery"/>-th input (code fixes cost far
    /// more than analysis), offering each fixer the first diagnostic of each ID it fixes.
    /// </summary>
    public async Task<RobustnessReport> RunAsync(IReadOnlyList<RobustnessInput> inputs, int fixEvery)
    {
        var failures = new ConcurrentQueue<string>();
        var diagnosticCount = 0;
        var fixCount = 0;
        await Parallel.ForAsync(0, inputs.Count, async (index, cancellationToken) =>
        {
            var input = inputs[index];
            try
            {
                var (compilation, solution) = await CompileAsync(input);
                var diagnostics = await AnalyzerRunner.GetAnalyzerDiagnosticsAsync(compilation, _analyzers);
                Interlocked.Add(ref diagnosticCount, diagnostics.Length);
                if (index % fixEvery == 0)
                {
                    // Fixers may fix compiler errors too (a metric type not written yet).
                    Interlocked.Add(ref fixCount, await FixAsync(solution, compilation.GetDiagnostics().AddRange(diagnostics), cancellationToken));
                }
            }
            catch (Exception exception)
            {
                failures.Enqueue($"{input.Description}: {exception}");
            }
        });

        return new RobustnessReport(inputs.Count, diagnosticCount, fixCount, [.. failures]);
    }

    private async Task<(Compilation Compilation, Solution Solution)> CompileAsync(RobustnessInput input)
    {
        var project = _emptyProject;
        foreach (var (path, text) in input.Files)
        {
            project = project.AddDocument(path, SourceText.From(text), filePath: "/" + path).Project;
        }

        var compilation = await project.GetCompilationAsync() ?? throw new InvalidOperationException("No compilation.");
        return (compilation, project.Solution);
    }

    private async Task<int> FixAsync(Solution solution, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var applied = 0;
        foreach (var fixer in _fixers)
        {
            var firstOfEachId = diagnostics
                .Where(diagnostic => diagnostic.Location.IsInSource && fixer.FixableDiagnosticIds.Contains(diagnostic.Id))
                .GroupBy(diagnostic => diagnostic.Id)
                .Select(group => group.First());
            foreach (var diagnostic in firstOfEachId)
            {
                applied += await CodeFixRunner.ApplyAsync(solution, fixer, diagnostic, cancellationToken);
            }
        }

        return applied;
    }
}
