using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SpecAnalyzers.Configuration;

namespace SpecAnalyzers.CodeFixes.Configuration
{
    /// <summary>
    /// SPEC403: sets the experiment's <c>RolloutPercent</c> to the share its configuration rolls out. It mends the
    /// spec, never the configuration or a code path, so nothing that runs changes. Offered only for a whole
    /// percentage (<c>RolloutPercent</c> is an <c>int</c>).
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseConfiguredRolloutCodeFix))]
    [Shared]
    public sealed class UseConfiguredRolloutCodeFix : CodeFixProvider
    {
        public const string EquivalenceKey = EquivalenceKeys.UseConfiguredRollout;

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.ConfiguredRolloutMismatch.Id);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            foreach (var diagnostic in context.Diagnostics)
            {
                if (!diagnostic.Properties.TryGetValue(ConfigurationDiagnosticProperties.ConfiguredPercent, out var text)
                    || !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var percent)
                    || percent > 100
                    || root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax value)
                {
                    continue;
                }

                var literal = SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(percent)).WithTriviaFrom(value);
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Use the configured rollout: RolloutPercent = " + percent.ToString(CultureInfo.InvariantCulture),
                        _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(value, literal))),
                        EquivalenceKey),
                    diagnostic);
            }
        }
    }
}
