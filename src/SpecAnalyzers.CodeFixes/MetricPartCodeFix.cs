using System;
using System.Collections.Immutable;
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
    /// The shape of the fixes for a spec that lacks a metric in one role (success or guardrail). First, and what
    /// Fix All and <c>dotnet format</c> apply: generate a stub metric next to the spec and reference it. Then one
    /// "Use metric '…' (…)" per existing metric most fit for the role, which references it instead. For the success
    /// metric (a mission part), "Add all missing spec parts" on a spec whose first missing part it is
    /// (<see cref="AllMissingParts"/>).
    /// </summary>
    public abstract class MetricPartCodeFix : SpecCodeFixProvider
    {
        private const string UseMetricTitleStart = "Use metric ";

        private readonly MetricRole _role;
        private readonly MissionPart? _missionPart;
        private readonly string _generateStubTitle;
        private readonly string _generateStubKey;
        private readonly string _useMetricKeyPrefix;
        private readonly string _useMetricTitleEnd;

        /// <param name="useMetricTitleEnd">What follows the metric in a "Use metric" title, to tell the roles apart when both are offered on one spec.</param>
        private protected MetricPartCodeFix(
            DiagnosticDescriptor descriptor,
            MetricRole role,
            string generateStubTitle,
            string generateStubKey,
            string useMetricKeyPrefix,
            string useMetricTitleEnd)
        {
            FixableDiagnosticIds = ImmutableArray.Create(descriptor.Id);
            _role = role;
            _missionPart = MissionPart.All.FirstOrDefault(part => part.Rule.Id == descriptor.Id);
            _generateStubTitle = generateStubTitle;
            _generateStubKey = generateStubKey;
            _useMetricKeyPrefix = useMetricKeyPrefix;
            _useMetricTitleEnd = useMetricTitleEnd;
        }

        public sealed override ImmutableArray<string> FixableDiagnosticIds { get; }

        internal sealed override string DefaultEquivalenceKey => _generateStubKey;

        private protected sealed override void RegisterFixes(CodeFixContext context, SpecDocumentEditor editor)
        {
            var kind = SpecPartAttributeBuilder.ReferenceKind(_role);
            foreach (var diagnostic in context.Diagnostics)
            {
                if (FindSpecLacking(editor, diagnostic, kind, context.CancellationToken) is not { } target)
                {
                    continue;
                }

                var diagnostics = ImmutableArray.Create(diagnostic);
                RegisterFix(context, _generateStubTitle, _generateStubKey, diagnostics);
                if (_missionPart is not null && AllMissingParts.IsOfferedBy(_missionPart, target))
                {
                    RegisterFix(context, AllMissingParts.Title, EquivalenceKeys.AddAllMissingParts, diagnostics);
                }

                foreach (var candidate in MetricCandidates.Find(editor.SemanticModel.Compilation, editor.AttributeTypes, target.Spec, _role, context.CancellationToken))
                {
                    RegisterFix(context, UseMetricTitleStart + candidate.Label + _useMetricTitleEnd, _useMetricKeyPrefix + candidate.DocumentationId, diagnostics);
                }
            }
        }

        internal sealed override string GetFixAllTitle(string equivalenceKey) =>
            equivalenceKey == EquivalenceKeys.AddAllMissingParts ? AllMissingParts.Title
            : equivalenceKey.StartsWith(_useMetricKeyPrefix, StringComparison.Ordinal)
                ? UseMetricTitleStart + equivalenceKey.Substring(_useMetricKeyPrefix.Length).Substring("T:".Length) + _useMetricTitleEnd
                : _generateStubTitle;

        internal sealed override void Fix(SpecDocumentEditor editor, Diagnostic diagnostic, string equivalenceKey, CancellationToken cancellationToken)
        {
            if (editor.FindSpec(diagnostic, cancellationToken) is not { } target)
            {
                return;
            }

            if (equivalenceKey == _generateStubKey)
            {
                SpecPartEdits.AddMetricStub(editor, target, _role, cancellationToken);
            }
            else if (equivalenceKey == EquivalenceKeys.AddAllMissingParts && _missionPart is not null)
            {
                AllMissingParts.Add(editor, target, cancellationToken);
            }
            else if (equivalenceKey.StartsWith(_useMetricKeyPrefix, StringComparison.Ordinal)
                && DocumentationCommentId.GetFirstSymbolForDeclarationId(equivalenceKey.Substring(_useMetricKeyPrefix.Length), editor.SemanticModel.Compilation) is INamedTypeSymbol metric
                && editor.SemanticModel.Compilation.IsSymbolAccessibleWithin(metric, target.Spec.Type))
            {
                SpecPartEdits.AddMetricReference(editor, target, _role, metric, cancellationToken);
            }
        }
    }
}
