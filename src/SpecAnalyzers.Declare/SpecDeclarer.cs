using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.MSBuild;
using SpecAnalyzers.CodeFixes;

namespace SpecAnalyzers.Declare;

/// <summary>
/// Declares a spec for every undeclared key of a project as an editor would: the project opened through MSBuild (the
/// analyzers and code fixes its SpecAnalyzers package brings, its .editorconfig and build properties), the package's
/// analyzers run over the whole compilation, and the SPEC201 declare action's Fix All applied over the project — on a
/// first install to the one summary SPEC201, declaring every evaluated or configured key as an adopted spec; in a
/// project that already has specs, to each undeclared key. What the action changed is saved as an editor of an
/// SDK-style project saves it (<see cref="SolutionChangesWriter"/>).
/// </summary>
internal static class SpecDeclarer
{
    private const string UndeclaredKeyId = "SPEC201";

    private const string UnevaluatedConfiguredFlagId = "SPEC401";

    public static async Task<DeclareResult> DeclareAsync(DeclareArguments arguments, CancellationToken cancellationToken)
    {
        if (!File.Exists(arguments.ProjectPath))
        {
            throw new DeclareException("the project file does not exist");
        }

        using var workspace = MSBuildWorkspace.Create();
        var project = await OpenAsync(workspace, arguments.ProjectPath, cancellationToken);
        var analyzers = SpecAnalyzersOf(project);
        var diagnostics = await AnalyzeAsync(project, analyzers, cancellationToken);
        var undeclared = diagnostics
            .Where(diagnostic => diagnostic.Id == UndeclaredKeyId && diagnostic.Location.IsInSource)
            .OrderBy(diagnostic => diagnostic.Location.SourceTree!.FilePath, StringComparer.Ordinal)
            .ThenBy(diagnostic => diagnostic.Location.SourceSpan.Start)
            .ToList();
        if (undeclared.Count == 0)
        {
            return new DeclareResult(project.FilePath!, null, [], Undeclared(diagnostics));
        }

        var equivalenceKey = arguments.Kind == SpecKindChoice.Experiment ? EquivalenceKeys.DeclareExperiment : EquivalenceKeys.DeclareFeatureFlag;
        var action = await DeclareActionAsync(project, undeclared, equivalenceKey, cancellationToken);
        var operations = await action.GetOperationsAsync(cancellationToken);
        var changed = operations.OfType<ApplyChangesOperation>().SingleOrDefault()?.ChangedSolution ?? project.Solution;
        var written = await SolutionChangesWriter.WriteAsync(project.Solution, changed, cancellationToken);

        // What is left is said, not guessed: the declared project analysed again (in memory, as written).
        var left = await AnalyzeAsync(changed.GetProject(project.Id)!, analyzers, cancellationToken);
        return new DeclareResult(project.FilePath!, action.Title, written, Undeclared(left));
    }

    /// <summary>The keys still undeclared: SPEC201 at call sites, SPEC401 in the configuration, by place.</summary>
    private static IReadOnlyList<Diagnostic> Undeclared(ImmutableArray<Diagnostic> diagnostics) =>
        diagnostics
            .Where(diagnostic => diagnostic.Id is UndeclaredKeyId or UnevaluatedConfiguredFlagId)
            .OrderBy(diagnostic => diagnostic.Location.GetLineSpan().Path, StringComparer.Ordinal)
            .ThenBy(diagnostic => diagnostic.Location.SourceSpan.Start)
            .ToList();

    private static async Task<Project> OpenAsync(MSBuildWorkspace workspace, string projectPath, CancellationToken cancellationToken)
    {
        Project project;
        try
        {
            project = await workspace.OpenProjectAsync(projectPath, cancellationToken: cancellationToken);
        }
        catch (Exception exception) when (exception is InvalidOperationException or IOException or ArgumentException)
        {
            throw new DeclareException("the project did not load: " + exception.Message);
        }

        if (workspace.Diagnostics.FirstOrDefault(diagnostic => diagnostic.Kind == WorkspaceDiagnosticKind.Failure) is { } failure)
        {
            throw new DeclareException("the project did not load: " + failure.Message);
        }

        return project.Language == LanguageNames.CSharp
            ? project
            : throw new DeclareException("SpecAnalyzers declares specs in C# projects only, and this is a " + project.Language + " project");
    }

    /// <summary>The analyzers of the project's SpecAnalyzers package: the other analyzers cannot report what is declared.</summary>
    private static ImmutableArray<DiagnosticAnalyzer> SpecAnalyzersOf(Project project)
    {
        var analyzers = project.AnalyzerReferences
            .SelectMany(reference => reference.GetAnalyzers(project.Language))
            .Where(analyzer => analyzer.SupportedDiagnostics.Any(descriptor => descriptor.Id.StartsWith("SPEC", StringComparison.Ordinal)))
            .ToImmutableArray();
        return analyzers.Any(analyzer => analyzer.SupportedDiagnostics.Any(descriptor => descriptor.Id == UndeclaredKeyId))
            ? analyzers
            : throw new DeclareException("the project has no SpecAnalyzers analyzers: reference the SpecAnalyzers package and restore (dotnet restore)");
    }

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Project project, ImmutableArray<DiagnosticAnalyzer> analyzers, CancellationToken cancellationToken)
    {
        var compilation = await project.GetCompilationAsync(cancellationToken)
            ?? throw new DeclareException("the project has no compilation");
        return await compilation.WithAnalyzers(analyzers, project.AnalyzerOptions).GetAnalyzerDiagnosticsAsync(cancellationToken);
    }

    /// <summary>
    /// The Fix All of the action with <paramref name="equivalenceKey"/> over the project's SPEC201 diagnostics: on a first
    /// install the one summary, whose keys it declares as adopted specs as the summary's own action does; else each
    /// undeclared key, leaving the likely typos of a declared key to a person, so a second run declares nothing new.
    /// </summary>
    private static async Task<CodeAction> DeclareActionAsync(Project project, IReadOnlyList<Diagnostic> undeclared, string equivalenceKey, CancellationToken cancellationToken)
    {
        var first = undeclared[0];
        var document = project.GetDocument(first.Location.SourceTree)
            ?? throw new DeclareException("no document for " + first.Location.SourceTree!.FilePath);
        foreach (var fixer in CodeFixProviders.Of(project).Where(fixer => fixer.FixableDiagnosticIds.Contains(UndeclaredKeyId)))
        {
            var actions = new List<CodeAction>();
            await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, first, (action, _) => actions.Add(action), cancellationToken));
            if (!actions.Any(action => action.EquivalenceKey == equivalenceKey) || fixer.GetFixAllProvider() is not { } fixAllProvider)
            {
                continue;
            }

            var fixAll = new FixAllContext(document, fixer, FixAllScope.Project, equivalenceKey, [UndeclaredKeyId], new KnownDiagnostics(undeclared), cancellationToken);
            return await fixAllProvider.GetFixAsync(fixAll) ?? throw new DeclareException("the SPEC201 declare fix returned no Fix All action");
        }

        throw new DeclareException("the SPEC201 code fix offers no action '" + equivalenceKey + "' with Fix All for: " + first.GetMessage());
    }
}
