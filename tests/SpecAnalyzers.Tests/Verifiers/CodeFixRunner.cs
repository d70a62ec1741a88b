using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace SpecAnalyzers.Tests.Verifiers;

/// <summary>
/// Applies code fixes the way the IDE previews them: registers the fixer on a document for a diagnostic, then
/// computes every offered action's operations and the changed documents' text. Any exception propagates.
/// </summary>
internal static class CodeFixRunner
{
    /// <summary>Every code fix provider the SpecAnalyzers.CodeFixes assembly ships.</summary>
    public static ImmutableArray<CodeFixProvider> AllFixers { get; } = [.. Assembly.Load(new AssemblyName("SpecAnalyzers.CodeFixes"))
        .GetTypes()
        .Where(type => typeof(CodeFixProvider).IsAssignableFrom(type) && !type.IsAbstract
            && type.IsDefined(typeof(ExportCodeFixProviderAttribute), inherit: false))
        .Select(type => (CodeFixProvider)Activator.CreateInstance(type)!)];

    /// <summary>
    /// Offers <paramref name="diagnostic"/> to <paramref name="fixer"/> and applies each action it registers
    /// (nested ones included); returns how many actions were applied.
    /// </summary>
    public static async Task<int> ApplyAsync(Solution solution, CodeFixProvider fixer, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var document = solution.GetDocument(diagnostic.Location.SourceTree)
            ?? throw new InvalidOperationException($"No document holds {diagnostic}.");
        var actions = new List<CodeAction>();
        await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), cancellationToken));

        var applied = 0;
        foreach (var action in actions.SelectMany(Flatten))
        {
            foreach (var operation in await action.GetOperationsAsync(cancellationToken))
            {
                if (operation is ApplyChangesOperation apply)
                {
                    foreach (var changedDocument in apply.ChangedSolution.GetChanges(solution).GetProjectChanges().SelectMany(change => change.GetChangedDocuments(onlyGetDocumentsWithTextChanges: true)))
                    {
                        await apply.ChangedSolution.GetDocument(changedDocument)!.GetSyntaxRootAsync(cancellationToken);
                    }
                }
            }

            applied++;
        }

        return applied;
    }

    /// <summary>
    /// A group of actions ("Add all missing parts" with choices) is applied through its members. Roslyn 4.8 keeps
    /// the members in an internal property, read here by reflection.
    /// </summary>
    private static IEnumerable<CodeAction> Flatten(CodeAction action)
    {
        var nested = typeof(CodeAction).GetProperty("NestedCodeActions", BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            ?.GetValue(action) as ImmutableArray<CodeAction>?;
        return nested is { IsDefaultOrEmpty: false } members ? members.SelectMany(Flatten) : [action];
    }
}
