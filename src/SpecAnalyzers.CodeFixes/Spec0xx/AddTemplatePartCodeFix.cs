using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using SpecAnalyzers.CodeFixes.Editing;
using SpecAnalyzers.Model;

namespace SpecAnalyzers.CodeFixes
{
    /// <summary>The shape of the fixes that add one text part (owner, hypothesis, tweak plan) for one mission rule.</summary>
    public abstract class AddTemplatePartCodeFix : SpecCodeFixProvider
    {
        private readonly SpecAttributeKind _kind;
        private readonly string _title;
        private readonly string _equivalenceKey;

        private protected AddTemplatePartCodeFix(MissionPart part, string title, string equivalenceKey)
        {
            FixableDiagnosticIds = ImmutableArray.Create(part.Rule.Id);
            _kind = part.Kind;
            _title = title;
            _equivalenceKey = equivalenceKey;
        }

        public sealed override ImmutableArray<string> FixableDiagnosticIds { get; }

        internal sealed override string DefaultEquivalenceKey => _equivalenceKey;

        private protected sealed override void RegisterFixes(CodeFixContext context, SpecDocumentEditor editor)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                if (FindSpecLacking(editor, diagnostic, _kind, context.CancellationToken) is not null)
                {
                    RegisterFix(context, _title, _equivalenceKey, ImmutableArray.Create(diagnostic));
                }
            }
        }

        internal sealed override string GetFixAllTitle(string equivalenceKey) => _title;

        internal sealed override void Fix(SpecDocumentEditor editor, Diagnostic diagnostic, string equivalenceKey, CancellationToken cancellationToken)
        {
            if (equivalenceKey == _equivalenceKey && editor.FindSpec(diagnostic, cancellationToken) is { } target)
            {
                SpecPartEdits.AddTemplatePart(editor, target, _kind, cancellationToken);
            }
        }
    }
}
