using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace SpecAnalyzers.CodeFixes
{
    /// <summary>
    /// Fix All for <see cref="DeclareSpecCodeFix"/>: every SPEC201 in scope, one spec per key, in document, project or
    /// solution; keys close to a declared key (likely typos, with "did you mean") are left to a person. (dotnet format
    /// runs it, but keeps a fix's result only when an existing document's text changed, so the added files are not
    /// saved; see docs/adoption.md.)
    /// </summary>
    internal sealed class DeclareSpecFixAllProvider : FixAllProvider
    {
        public static readonly DeclareSpecFixAllProvider Instance = new();

        private DeclareSpecFixAllProvider()
        {
        }

        public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() =>
            ImmutableArray.Create(FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution);

        public override Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
        {
            var equivalenceKey = fixAllContext.CodeActionEquivalenceKey ?? DeclareSpecCodeFix.DeclareFeatureFlag;
            return Task.FromResult<CodeAction?>(CodeAction.Create(
                DeclareSpecCodeFix.FixAllTitle(equivalenceKey),
                cancellationToken => DeclareAllAsync(fixAllContext, equivalenceKey, cancellationToken),
                equivalenceKey));
        }

        private static async Task<Solution> DeclareAllAsync(FixAllContext fixAllContext, string equivalenceKey, CancellationToken cancellationToken)
        {
            var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
            foreach (var project in ProjectsInScope(fixAllContext))
            {
                if (fixAllContext.Scope == FixAllScope.Document && fixAllContext.Document is { } document)
                {
                    diagnostics.AddRange(await fixAllContext.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false));
                }
                else
                {
                    diagnostics.AddRange(await fixAllContext.GetAllDiagnosticsAsync(project).ConfigureAwait(false));
                }
            }

            return await SpecDeclarations.DeclareAsync(
                fixAllContext.Solution,
                diagnostics.Where(diagnostic => diagnostic.Id == Descriptors.UndeclaredFlagKey.Id).ToImmutableArray(),
                DeclareSpecCodeFix.KindOf(equivalenceKey),
                inBulk: true,
                cancellationToken).ConfigureAwait(false);
        }

        private static IEnumerable<Project> ProjectsInScope(FixAllContext fixAllContext) => fixAllContext.Scope switch
        {
            FixAllScope.Solution => fixAllContext.Solution.Projects,
            _ => new[] { fixAllContext.Project },
        };
    }
}
