using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace SpecAnalyzers.Tests.Verifiers;

/// <summary>
/// What a fixer offers in the light bulb for each diagnostic of an ID, the way the IDE asks it: for checking
/// which actions appear, in which order and under which titles (the fix tests check what an action writes).
/// </summary>
internal static class OfferedFixes
{
    public static async Task<IReadOnlyList<string>> TitlesAsync(CodeFixProvider fixer, string diagnosticId, params string[] sources)
    {
        var project = await TestProject.CreateAsync(sources);
        return (await ActionsAsync(fixer, diagnosticId, project)).Select(action => action.Title).ToList();
    }

    /// <summary>The actions offered for every <paramref name="diagnosticId"/> in <paramref name="project"/>, by file, then by position.</summary>
    public static async Task<IReadOnlyList<CodeAction>> ActionsAsync(CodeFixProvider fixer, string diagnosticId, Project project)
    {
        var compilation = (await project.GetCompilationAsync())!;
        var diagnostics = compilation.GetDiagnostics()
            .AddRange(await AnalyzerRunner.GetAnalyzerDiagnosticsAsync(compilation, [new SpecTypeAnalyzer()]))
            .Where(diagnostic => diagnostic.Id == diagnosticId)
            .OrderBy(diagnostic => diagnostic.Location.SourceTree!.FilePath, StringComparer.Ordinal)
            .ThenBy(diagnostic => diagnostic.Location.SourceSpan.Start);

        var actions = new List<CodeAction>();
        foreach (var diagnostic in diagnostics)
        {
            var document = project.GetDocument(diagnostic.Location.SourceTree)!;
            await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
        }

        return actions;
    }
}
