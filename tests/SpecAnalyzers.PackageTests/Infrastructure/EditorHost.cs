using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.MSBuild;

namespace SpecAnalyzers.PackageTests.Infrastructure;

/// <summary>
/// Applies one of the package's code actions to a consumer project as an editor does: the project opened through
/// MSBuild (the analyzers and code fixes the restored package brings, the project's .editorconfig and build
/// properties), the analyzers run over the whole compilation, the action chosen by its equivalence key, and what it
/// changed saved as an editor of an SDK-style project saves it: changed and added files written, the project file
/// untouched (its globs include a new file). MSBuildWorkspace.TryApplyChanges would instead add a Compile item per new
/// file to the project, which an SDK-style build then rejects (NETSDK1022).
/// </summary>
internal static class EditorHost
{
    public static async Task<AppliedFix> ApplyAsync(string projectPath, string diagnosticId, string equivalenceKey)
    {
        using var workspace = MSBuildWorkspace.Create();
        var project = await workspace.OpenProjectAsync(projectPath);
        var analyzers = project.AnalyzerReferences.SelectMany(reference => reference.GetAnalyzers(project.Language)).ToImmutableArray();
        var compilation = await project.GetCompilationAsync() ?? throw new InvalidOperationException("No compilation for " + projectPath);
        var diagnostics = await compilation.WithAnalyzers(analyzers, project.AnalyzerOptions).GetAllDiagnosticsAsync();
        var diagnostic = diagnostics.Single(diagnostic => diagnostic.Id == diagnosticId);
        var document = project.GetDocument(diagnostic.Location.SourceTree) ?? throw new InvalidOperationException("No document for " + diagnostic);

        var actions = new List<CodeAction>();
        var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
        foreach (var fixer in CodeFixProviders(project).Where(fixer => fixer.FixableDiagnosticIds.Contains(diagnosticId)))
        {
            await fixer.RegisterCodeFixesAsync(context);
        }

        var chosen = actions.Single(action => action.EquivalenceKey == equivalenceKey);
        var operations = await chosen.GetOperationsAsync(CancellationToken.None);
        var changed = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
        var written = new List<string>();
        foreach (var projectChanges in changed.GetChanges(project.Solution).GetProjectChanges())
        {
            foreach (var id in projectChanges.GetAddedDocuments().Concat(projectChanges.GetChangedDocuments()))
            {
                var saved = projectChanges.NewProject.GetDocument(id)!;
                var path = saved.FilePath ?? throw new InvalidOperationException(saved.Name + " has no path");
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                await File.WriteAllTextAsync(path, (await saved.GetTextAsync()).ToString());
                written.Add(path);
            }
        }

        return new AppliedFix(diagnostic.GetMessage(), chosen.Title, written);
    }

    /// <summary>The code fix providers the project's analyzer references export, as an editor finds them.</summary>
    private static IEnumerable<CodeFixProvider> CodeFixProviders(Project project) =>
        project.AnalyzerReferences
            .OfType<AnalyzerFileReference>()
            .Select(reference => reference.GetAssembly())
            .SelectMany(LoadableTypes)
            .Where(type => !type.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(type) && type.GetCustomAttribute<ExportCodeFixProviderAttribute>() is not null)
            .Select(type => (CodeFixProvider)Activator.CreateInstance(type)!);

    /// <summary>
    /// The types of an analyzer assembly that load here: the framework's own analyzers (ASP.NET Core's) also export
    /// fixes built on IDE assemblies an editor has and this host does not.
    /// </summary>
    private static IEnumerable<Type> LoadableTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException exception)
        {
            return exception.Types.OfType<Type>();
        }
    }
}

/// <summary>What <see cref="EditorHost.ApplyAsync"/> did: the diagnostic's message, the action's title, the files it wrote.</summary>
internal sealed record AppliedFix(string DiagnosticMessage, string Title, IReadOnlyList<string> WrittenFiles);
