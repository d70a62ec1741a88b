using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using SpecAnalyzers.Testing;

namespace SpecAnalyzers.Tests.Rules.Spec4xx;

/// <summary>
/// Drives a fix for a diagnostic in a JSON AdditionalFile as the IDE does: Microsoft.CodeAnalysis.Testing 1.1.4
/// applies fixes to source documents only, so the tests analyse the workspace project, give the provider a code fix
/// context on the JSON document, and read the action's changed solution back.
/// </summary>
internal static class AdditionalDocumentFixes
{
    /// <summary>The <see cref="FlagConfigurationAnalyzer"/> diagnostics of <paramref name="ruleId"/> in <paramref name="project"/>.</summary>
    public static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Project project, string ruleId)
    {
        var compilation = (await project.GetCompilationAsync())!;
        var options = new AnalyzerOptions(
            [.. project.AnalyzerOptions.AdditionalFiles],
            new GlobalAnalyzerOptions([new("spec_analyzers.reference_date", TestReferences.ReferenceDate)]));
        return (await AnalyzerRunner.GetAnalyzerDiagnosticsAsync(compilation, [new FlagConfigurationAnalyzer()], options))
            .Where(diagnostic => diagnostic.Id == ruleId)
            .ToImmutableArray();
    }

    /// <summary>The actions <paramref name="provider"/> offers for each diagnostic, on <paramref name="file"/>.</summary>
    public static async Task<List<CodeAction>> OfferedAsync(CodeFixProvider provider, TextDocument file, ImmutableArray<Diagnostic> diagnostics)
    {
        var actions = new List<CodeAction>();
        foreach (var diagnostic in diagnostics)
        {
            await provider.RegisterCodeFixesAsync(new CodeFixContext(file, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
        }

        return actions;
    }

    public static async Task<Solution> ApplyAsync(CodeAction action)
    {
        var operations = await action.GetOperationsAsync(CancellationToken.None);
        return Assert.Single(operations.OfType<ApplyChangesOperation>()).ChangedSolution;
    }
}
