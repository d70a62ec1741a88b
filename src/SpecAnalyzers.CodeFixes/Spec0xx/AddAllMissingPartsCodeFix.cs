using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using SpecAnalyzers.CodeFixes.Building;
using SpecAnalyzers.CodeFixes.Editing;
using SpecAnalyzers.Model;

namespace SpecAnalyzers.CodeFixes
{
    /// <summary>
    /// SPEC001–SPEC004 on a spec that lacks two parts or more: "Add all missing spec parts" writes each, as the
    /// single fixes would (a success metric as a generated stub). Offered once per spec, whichever of its
    /// diagnostics the light bulb is on.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddAllMissingPartsCodeFix))]
    [Shared]
    public sealed class AddAllMissingPartsCodeFix : SpecCodeFixProvider
    {
        public const string Title = "Add all missing spec parts";

        /// <summary>With one part missing, the part's own fix says more.</summary>
        public const int MinimumMissingParts = 2;

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = MissionPart.All.Select(part => part.Rule.Id).ToImmutableArray();

        internal override string DefaultEquivalenceKey => EquivalenceKeys.AddAllMissingParts;

        private protected override void RegisterFixes(CodeFixContext context, SpecDocumentEditor editor)
        {
            // The IDE hands over all diagnostics on the spec's name at once: one action for all of them.
            var diagnostics = context.Diagnostics.Where(diagnostic => FixableDiagnosticIds.Contains(diagnostic.Id)).ToImmutableArray();
            var target = diagnostics.Select(diagnostic => editor.FindSpec(diagnostic, context.CancellationToken)).FirstOrDefault(spec => spec is not null);
            if (target is not null && target.MissingParts.Length >= MinimumMissingParts)
            {
                RegisterFix(context, Title, EquivalenceKeys.AddAllMissingParts, diagnostics);
            }
        }

        internal override string GetFixAllTitle(string equivalenceKey) => Title;

        internal override void Fix(SpecDocumentEditor editor, Diagnostic diagnostic, string equivalenceKey, CancellationToken cancellationToken)
        {
            if (equivalenceKey != EquivalenceKeys.AddAllMissingParts
                || editor.FindSpec(diagnostic, cancellationToken) is not { } target
                || target.MissingParts.Length < MinimumMissingParts)
            {
                return;
            }

            foreach (var kind in target.MissingParts)
            {
                if (kind == SpecAttributeKind.SuccessMetric)
                {
                    SpecPartEdits.AddMetricStub(editor, target, MetricRole.Success, cancellationToken);
                }
                else
                {
                    SpecPartEdits.AddTemplatePart(editor, target, kind, cancellationToken);
                }
            }
        }
    }
}
