using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SpecAnalyzers.Evaluations;

namespace SpecAnalyzers.CodeFixes
{
    /// <summary>SPEC201: replaces a key no spec declares with one of the nearest declared keys (one action per key).</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReplaceFlagKeyCodeFixProvider))]
    [Shared]
    public sealed class ReplaceFlagKeyCodeFixProvider : CodeFixProvider
    {
        /// <summary>Followed by the key written: Fix All replaces every key whose nearest declared key is that one.</summary>
        public const string EquivalenceKeyPrefix = "SPEC201.UseDeclaredKey.";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.UndeclaredFlagKey.Id);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            foreach (var diagnostic in context.Diagnostics)
            {
                if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax key
                    || !diagnostic.Properties.TryGetValue(FlagDiagnosticProperties.Suggestions, out var suggestions)
                    || string.IsNullOrEmpty(suggestions))
                {
                    continue;
                }

                foreach (var suggestion in suggestions!.Split(FlagDiagnosticProperties.Separator))
                {
                    // Through the spec's Key constant when it has one, so the fixed call site is not flagged again (SPEC205).
                    var action = diagnostic.Properties.TryGetValue(FlagDiagnosticProperties.SuggestionConstant(suggestion), out var constant) && constant is not null
                        ? CodeAction.Create(
                            "Use declared key '" + suggestion + "'",
                            cancellationToken => KeyConstantReference.ReplaceAsync(context.Document, root, key, constant, cancellationToken),
                            EquivalenceKeyPrefix + suggestion)
                        : CodeAction.Create(
                            "Use declared key '" + suggestion + "'",
                            _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(key, Literal(suggestion, key)))),
                            EquivalenceKeyPrefix + suggestion);
                    context.RegisterCodeFix(action, diagnostic);
                }
            }
        }

        private static ExpressionSyntax Literal(string key, ExpressionSyntax replaced) =>
            SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(key))
                .WithTriviaFrom(replaced);
    }
}
