using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SpecAnalyzers.CodeFixes.Building;
using SpecAnalyzers.Model;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace SpecAnalyzers.CodeFixes.Editing
{
    /// <summary>
    /// The edits the fixes are made of. Each one checks the spec still lacks the part and is not already being
    /// given it, so any mix of fixes — and Fix All over several diagnostics of one spec — adds a part once.
    /// </summary>
    internal static class SpecPartEdits
    {
        /// <summary>Adds the template of a text part (owner, hypothesis, tweak plan).</summary>
        public static void AddTemplatePart(SpecDocumentEditor editor, SpecTarget target, SpecAttributeKind kind, CancellationToken cancellationToken)
        {
            if (target.Lacks(kind) && !editor.IsAdding(target.Declaration, kind))
            {
                editor.AddAttribute(target.Declaration, kind, editor.Parts.Template(kind), cancellationToken);
            }
        }

        /// <summary>
        /// Generates a metric stub next to the spec (<c>{Spec}SuccessMetric</c> or <c>{Spec}GuardrailMetric</c>, or a
        /// fresh name when that one is taken) and references it from the spec.
        /// </summary>
        public static void AddMetricStub(SpecDocumentEditor editor, SpecTarget target, MetricRole role, CancellationToken cancellationToken)
        {
            var kind = SpecPartAttributeBuilder.ReferenceKind(role);
            if (!target.Lacks(kind) || editor.IsAdding(target.Declaration, kind))
            {
                return;
            }

            var anchor = editor.AnchorNextTo(target.Declaration);
            var baseName = MetricStubBuilder.StubTypeName(target.Spec.Type.Name, role);
            var name = editor.ClaimFreshTypeName(anchor, baseName, target.Declaration, target.Spec.Type);
            var metricName = MetricStubBuilder.StubMetricName(target.KeyOrTypeName, role, name.Substring(baseName.Length));
            editor.InsertAfter(anchor, MetricStubBuilder.Create(name, metricName, role));
            editor.AddAttribute(target.Declaration, kind, SpecPartAttributeBuilder.MetricReference(role, IdentifierName(name)), cancellationToken);
        }

        /// <summary>References an existing metric type from the spec.</summary>
        public static void AddMetricReference(SpecDocumentEditor editor, SpecTarget target, MetricRole role, INamedTypeSymbol metric, CancellationToken cancellationToken)
        {
            var kind = SpecPartAttributeBuilder.ReferenceKind(role);
            if (!target.Lacks(kind) || editor.IsAdding(target.Declaration, kind))
            {
                return;
            }

            editor.AddAttribute(target.Declaration, kind, SpecPartAttributeBuilder.MetricReference(role, SpecSyntax.TypeName(metric)), cancellationToken);
        }

        /// <summary>
        /// Declares the metric type <paramref name="typeName"/> next to <paramref name="referencingDeclaration"/>,
        /// unless this fix already declared it there.
        /// </summary>
        public static void AddMetricType(SpecDocumentEditor editor, MemberDeclarationSyntax referencingDeclaration, string typeName, MetricRole role)
        {
            var anchor = editor.AnchorNextTo(referencingDeclaration);
            if (editor.TryClaimTypeName(anchor, typeName))
            {
                editor.InsertAfter(anchor, MetricStubBuilder.Create(typeName, SpecNames.MetricNameForType(typeName), role));
            }
        }
    }
}
