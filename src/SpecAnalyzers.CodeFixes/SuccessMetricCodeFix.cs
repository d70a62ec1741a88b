using System;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using SpecAnalyzers.CodeFixes.Building;
using SpecAnalyzers.CodeFixes.Editing;
using SpecAnalyzers.Model;

namespace SpecAnalyzers.CodeFixes
{
    /// <summary>
    /// SPEC002. First (and what Fix All and <c>dotnet format</c> apply): "Generate success metric stub" —
    /// <c>[Metric("{key}.success", Direction = MetricDirection.Increase)] public sealed class {Spec}SuccessMetric { }</c>
    /// next to the spec, referenced with <c>[SuccessMetric(typeof({Spec}SuccessMetric), MinimumDetectableEffect = 0.02)]</c>.
    /// Then one "Use metric '…' (…)" per existing metric most relevant to the spec, which references it instead.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SuccessMetricCodeFix))]
    [Shared]
    public sealed class SuccessMetricCodeFix : SpecCodeFixProvider
    {
        public const string GenerateStubTitle = "Generate success metric stub";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.MissingSuccessMetric.Id);

        internal override string DefaultEquivalenceKey => EquivalenceKeys.GenerateSuccessMetricStub;

        private protected override void RegisterFixes(CodeFixContext context, SpecDocumentEditor editor)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                if (!FixableDiagnosticIds.Contains(diagnostic.Id)
                    || editor.FindSpec(diagnostic, context.CancellationToken) is not { } target
                    || !target.Lacks(SpecAttributeKind.SuccessMetric))
                {
                    continue;
                }

                var diagnostics = ImmutableArray.Create(diagnostic);
                RegisterFix(context, GenerateStubTitle, EquivalenceKeys.GenerateSuccessMetricStub, diagnostics);
                foreach (var candidate in MetricCandidates.Find(editor.SemanticModel.Compilation, editor.AttributeTypes, target.Spec, context.CancellationToken))
                {
                    RegisterFix(context, candidate.Title, candidate.EquivalenceKey, diagnostics);
                }
            }
        }

        internal override string GetFixAllTitle(string equivalenceKey) =>
            equivalenceKey.StartsWith(EquivalenceKeys.UseMetricPrefix, StringComparison.Ordinal)
                ? "Use metric " + equivalenceKey.Substring(EquivalenceKeys.UseMetricPrefix.Length).Substring("T:".Length)
                : GenerateStubTitle;

        internal override void Fix(SpecDocumentEditor editor, Diagnostic diagnostic, string equivalenceKey, CancellationToken cancellationToken)
        {
            if (editor.FindSpec(diagnostic, cancellationToken) is not { } target)
            {
                return;
            }

            if (equivalenceKey == EquivalenceKeys.GenerateSuccessMetricStub)
            {
                SpecPartEdits.AddMetricStub(editor, target, MetricRole.Success, cancellationToken);
            }
            else if (equivalenceKey.StartsWith(EquivalenceKeys.UseMetricPrefix, StringComparison.Ordinal)
                && DocumentationCommentId.GetFirstSymbolForDeclarationId(equivalenceKey.Substring(EquivalenceKeys.UseMetricPrefix.Length), editor.SemanticModel.Compilation) is INamedTypeSymbol metric
                && editor.SemanticModel.Compilation.IsSymbolAccessibleWithin(metric, target.Spec.Type))
            {
                SpecPartEdits.AddMetricReference(editor, target, MetricRole.Success, metric, cancellationToken);
            }
        }
    }
}
