using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using SpecAnalyzers.CodeFixes.Editing;
using SpecAnalyzers.Model;

namespace SpecAnalyzers.CodeFixes
{
    /// <summary>
    /// The shape of the fixes that add one text part (owner, hypothesis, tweak plan) for one mission rule; on a spec
    /// whose first missing part this is, "Add all missing spec parts" second (<see cref="AllMissingParts"/>).
    /// </summary>
    public abstract class AddTemplatePartCodeFix : SpecCodeFixProvider
    {
        private readonly MissionPart _part;
        private readonly SpecAttributeKind _kind;
        private readonly string _title;
        private readonly string _equivalenceKey;

        private protected AddTemplatePartCodeFix(MissionPart part, string title, string equivalenceKey)
        {
            FixableDiagnosticIds = ImmutableArray.Create(part.Rule.Id);
            _part = part;
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
                if (FindSpecLacking(editor, diagnostic, _kind, context.CancellationToken) is { } target)
                {
                    var diagnostics = ImmutableArray.Create(diagnostic);
                    RegisterFix(context, _title, _equivalenceKey, diagnostics);
                    if (AllMissingParts.IsOfferedBy(_part, target))
                    {
                        RegisterFix(context, AllMissingParts.Title, EquivalenceKeys.AddAllMissingParts, diagnostics);
                    }
                }
            }
        }

        internal sealed override string GetFixAllTitle(string equivalenceKey) =>
            equivalenceKey == EquivalenceKeys.AddAllMissingParts ? AllMissingParts.Title : _title;

        internal sealed override void Fix(SpecDocumentEditor editor, Diagnostic diagnostic, string equivalenceKey, CancellationToken cancellationToken)
        {
            if (editor.FindSpec(diagnostic, cancellationToken) is not { } target)
            {
                return;
            }

            if (equivalenceKey == _equivalenceKey)
            {
                SpecPartEdits.AddTemplatePart(editor, target, _kind, cancellationToken);
            }
            else if (equivalenceKey == EquivalenceKeys.AddAllMissingParts)
            {
                AllMissingParts.Add(editor, target, cancellationToken);
            }
        }
    }
}
