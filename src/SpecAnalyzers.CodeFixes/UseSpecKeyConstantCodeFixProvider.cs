using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SpecAnalyzers.Evaluations;

namespace SpecAnalyzers.CodeFixes
{
    /// <summary>
    /// SPEC205 and SPEC202: evaluates the flag through the spec's <c>Key</c> constant instead of a literal or a
    /// field, written as short as the file's usings allow (a <c>using</c> is added when the spec's namespace lacks one).
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseSpecKeyConstantCodeFixProvider))]
    [Shared]
    public sealed class UseSpecKeyConstantCodeFixProvider : CodeFixProvider
    {
        public const string EquivalenceKey = "SPEC205.UseSpecKeyConstant";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } =
            ImmutableArray.Create(Descriptors.FlagKeyLiteral.Id, Descriptors.NonConstantFlagKey.Id);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            foreach (var diagnostic in context.Diagnostics)
            {
                if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax key
                    || !diagnostic.Properties.TryGetValue(FlagDiagnosticProperties.KeyConstant, out var constant)
                    || !diagnostic.Properties.TryGetValue(FlagDiagnosticProperties.KeyConstantDisplay, out var display)
                    || constant is null)
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Use " + display,
                        cancellationToken => KeyConstantReference.ReplaceAsync(context.Document, root, key, constant, cancellationToken),
                        EquivalenceKey),
                    diagnostic);
            }
        }
    }
}
