using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SpecAnalyzers.CodeFixes.Editing;
using SpecAnalyzers.Rules;

namespace SpecAnalyzers.CodeFixes
{
    /// <summary>
    /// SPEC306: "Raise RolloutPercent to N%" writes the smallest whole percent at which the experiment reaches its
    /// sample size within its window, as the analyzer computed it. A constant in the value is replaced by the number
    /// (the constant may serve other specs). Offered only when some percent fits.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RaiseRolloutCodeFix))]
    [Shared]
    public sealed class RaiseRolloutCodeFix : SpecCodeFixProvider
    {
        public const string EquivalenceKey = EquivalenceKeys.RaiseRollout;

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.SampleSizeOutOfReach.Id);

        internal override string DefaultEquivalenceKey => EquivalenceKey;

        internal override string GetFixAllTitle(string equivalenceKey) => "Raise RolloutPercent to fit each experiment's window";

        internal override void Fix(SpecDocumentEditor editor, Diagnostic diagnostic, string equivalenceKey, CancellationToken cancellationToken)
        {
            if (Target(editor, diagnostic) is { } target)
            {
                editor.Replace(
                    target.Value,
                    SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(target.Percent)));
            }
        }

        private protected override void RegisterFixes(CodeFixContext context, SpecDocumentEditor editor)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                if (Target(editor, diagnostic) is { } target)
                {
                    RegisterFix(context, "Raise RolloutPercent to " + target.Percent.ToString(CultureInfo.InvariantCulture) + "%", EquivalenceKey, ImmutableArray.Create(diagnostic));
                }
            }
        }

        /// <summary>The written <c>RolloutPercent</c> value the diagnostic sits on, and the percent to write; null when there is none to write.</summary>
        private static (ExpressionSyntax Value, int Percent)? Target(SpecDocumentEditor editor, Diagnostic diagnostic)
        {
            if (diagnostic.Id != Descriptors.SampleSizeOutOfReach.Id
                || !diagnostic.Properties.TryGetValue(ExperimentPowerRule.RaisedRolloutProperty, out var text)
                || !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var percent)
                || !editor.IsCurrent(diagnostic))
            {
                return null;
            }

            var node = editor.Root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            return node is ExpressionSyntax value
                && value.Parent is AttributeArgumentSyntax { NameEquals.Name.Identifier.ValueText: Model.SpecArgumentNames.RolloutPercent }
                && value.Span == diagnostic.Location.SourceSpan
                ? (value, percent)
                : null;
        }
    }
}
