using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace SpecAnalyzers.CodeFixes.MarkAsMetric
{
    /// <summary>
    /// SPEC102's fix: "Mark 'X' as metric" adds <c>[Metric("area.name")]</c> to the class a metric reference names, when that
    /// class is in the solution. Goal references and types from metadata get no fix.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MarkAsMetricCodeFix))]
    [Shared]
    public sealed class MarkAsMetricCodeFix : CodeFixProvider
    {
        /// <summary>One key for every "mark as metric" action, so that Fix All gathers them.</summary>
        public const string EquivalenceKey = EquivalenceKeys.MarkAsMetric;

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.NotAMetricOrGoal.Id);

        public override FixAllProvider GetFixAllProvider() => MarkAsMetricFixAllProvider.Instance;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                var target = await MetricTarget.FindAsync(context.Document, diagnostic.Location.SourceSpan, context.CancellationToken).ConfigureAwait(false);
                if (target is null)
                {
                    continue;
                }

                var solution = context.Document.Project.Solution;
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Mark '" + target.TypeName + "' as metric",
                        cancellationToken => MetricMarker.MarkAsync(solution, new[] { target }, cancellationToken),
                        EquivalenceKey),
                    diagnostic);
            }
        }
    }
}
