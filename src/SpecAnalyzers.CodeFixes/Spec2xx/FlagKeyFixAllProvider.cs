using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace SpecAnalyzers.CodeFixes
{
    /// <summary>
    /// Fix All for <see cref="FlagKeyCodeFix"/>: Roslyn's batch fixer for the action a person chose. A host that chooses
    /// none (<c>dotnet format</c> passes no action when the first diagnostic it looked at has no close declared key)
    /// gets an action that changes nothing: replacing keys is never done without a chosen key, and "nothing to do" is
    /// not a failure to report ("Unable to fix SPEC201 … didn't return a Fix All action").
    /// </summary>
    internal sealed class FlagKeyFixAllProvider : FixAllProvider
    {
        public static readonly FlagKeyFixAllProvider Instance = new();

        private FlagKeyFixAllProvider()
        {
        }

        public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() => WellKnownFixAllProviders.BatchFixer.GetSupportedFixAllScopes();

        public override Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext) =>
            fixAllContext.CodeActionEquivalenceKey is null
                ? Task.FromResult<CodeAction?>(CodeAction.Create("No flag key to replace", _ => Task.FromResult(fixAllContext.Solution)))
                : WellKnownFixAllProviders.BatchFixer.GetFixAsync(fixAllContext);
    }
}
