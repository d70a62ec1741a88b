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
    /// <summary>
    /// Rewrites the key of a flag evaluation. SPEC201: one action per nearest declared key (through that spec's
    /// <c>Key</c> constant when it has one, else as a literal). SPEC205 and SPEC202: the spec's <c>Key</c> constant
    /// instead of a literal or a field, with the <c>using</c> it needs.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(FlagKeyCodeFix))]
    [Shared]
    public sealed class FlagKeyCodeFix : CodeFixProvider
    {
        /// <summary>SPEC201's, followed by the key written: Fix All replaces every key whose nearest declared key is that one.</summary>
        public const string UseDeclaredKeyPrefix = EquivalenceKeys.UseDeclaredKeyPrefix;

        /// <summary>SPEC205's and SPEC202's.</summary>
        public const string UseKeyConstant = EquivalenceKeys.UseKeyConstant;

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
            Descriptors.UndeclaredFlagKey.Id,
            Descriptors.NonConstantFlagKey.Id,
            Descriptors.FlagKeyLiteral.Id);

        public override FixAllProvider GetFixAllProvider() => FlagKeyFixAllProvider.Instance;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            foreach (var diagnostic in context.Diagnostics)
            {
                if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax key)
                {
                    continue;
                }

                if (diagnostic.Id == Descriptors.UndeclaredFlagKey.Id)
                {
                    RegisterDeclaredKeys(context, diagnostic, root, key);
                }
                else if (diagnostic.Properties.TryGetValue(FlagDiagnosticProperties.KeyConstant, out var constant) && constant is not null)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create(
                            "Use " + diagnostic.Properties[FlagDiagnosticProperties.KeyConstantDisplay],
                            cancellationToken => KeyConstantReference.ReplaceAsync(context.Document, root, key, constant, cancellationToken),
                            UseKeyConstant),
                        diagnostic);
                }
            }
        }

        private static void RegisterDeclaredKeys(CodeFixContext context, Diagnostic diagnostic, SyntaxNode root, ExpressionSyntax key)
        {
            if (!diagnostic.Properties.TryGetValue(FlagDiagnosticProperties.Suggestions, out var suggestions) || string.IsNullOrEmpty(suggestions))
            {
                return;
            }

            foreach (var suggestion in suggestions!.Split(FlagDiagnosticProperties.Separator))
            {
                // Through the spec's Key constant when it has one, so the fixed call site is not flagged again (SPEC205).
                var title = "Use declared key '" + suggestion + "'";
                var action = diagnostic.Properties.TryGetValue(FlagDiagnosticProperties.SuggestionConstant(suggestion), out var constant) && constant is not null
                    ? CodeAction.Create(
                        title,
                        cancellationToken => KeyConstantReference.ReplaceAsync(context.Document, root, key, constant, cancellationToken),
                        UseDeclaredKeyPrefix + suggestion)
                    : CodeAction.Create(
                        title,
                        _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(key, Literal(suggestion, key)))),
                        UseDeclaredKeyPrefix + suggestion);
                context.RegisterCodeFix(action, diagnostic);
            }
        }

        private static ExpressionSyntax Literal(string key, ExpressionSyntax replaced) =>
            SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(key))
                .WithTriviaFrom(replaced);
    }
}
