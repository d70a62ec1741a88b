using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using SpecAnalyzers.CodeFixes.Building;
using SpecAnalyzers.Model;

namespace SpecAnalyzers.CodeFixes.MarkAsMetric
{
    /// <summary>
    /// A class named by <c>typeof(X)</c> in a <c>[SuccessMetric]</c> or <c>[GuardrailMetric]</c>, declared in source,
    /// that SPEC102's fix can mark <c>[Metric]</c>: its first declaration (a partial class is marked once).
    /// </summary>
    internal sealed class MetricTarget
    {
        private MetricTarget(DocumentId documentId, TextSpan declarationSpan, string typeName, MetricRole role)
        {
            DocumentId = documentId;
            DeclarationSpan = declarationSpan;
            TypeName = typeName;
            Role = role;
        }

        public DocumentId DocumentId { get; }

        public TextSpan DeclarationSpan { get; }

        public string TypeName { get; }

        /// <summary>Success or guardrail, from the attribute that names the type: it decides the metric's direction.</summary>
        public MetricRole Role { get; }

        /// <summary>
        /// The target of the SPEC102 diagnostic at <paramref name="span"/>; null when it is a goal reference, or the
        /// type is not a class declared in this solution (metadata, struct, interface) and so cannot be marked.
        /// </summary>
        public static async Task<MetricTarget?> FindAsync(Document document, TextSpan span, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var typeOf = root?.FindNode(span, getInnermostNodeForTie: true)?.FirstAncestorOrSelf<TypeOfExpressionSyntax>();
            var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (typeOf?.Parent is not AttributeArgumentSyntax { NameEquals: null, Parent.Parent: AttributeSyntax attribute }
                || semanticModel is null
                || SpecAttributeTypes.TryCreate(semanticModel.Compilation) is not { } attributeTypes)
            {
                return null;
            }

            MetricRole role;
            switch (attributeTypes.Classify(semanticModel.GetTypeInfo(attribute, cancellationToken).Type as INamedTypeSymbol))
            {
                case SpecAttributeKind.SuccessMetric:
                    role = MetricRole.Success;
                    break;
                case SpecAttributeKind.GuardrailMetric:
                    role = MetricRole.Guardrail;
                    break;
                default:
                    return null;
            }

            if (semanticModel.GetTypeInfo(typeOf.Type, cancellationToken).Type is not INamedTypeSymbol { TypeKind: TypeKind.Class } type)
            {
                return null;
            }

            foreach (var reference in type.OriginalDefinition.DeclaringSyntaxReferences)
            {
                var declaringDocument = document.Project.Solution.GetDocument(reference.SyntaxTree);
                if (declaringDocument is not null && reference.GetSyntax(cancellationToken) is TypeDeclarationSyntax declaration)
                {
                    return new MetricTarget(declaringDocument.Id, declaration.Span, type.Name, role);
                }
            }

            return null;
        }
    }
}
