using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace SpecAnalyzers.CodeFixes.MarkAsMetric
{
    /// <summary>
    /// A class named by <c>typeof(X)</c> in a <c>[SuccessMetric]</c> or <c>[GuardrailMetric]</c>, declared in source,
    /// that SPEC102's fix can mark <c>[Metric]</c>: its first declaration (a partial class is marked once).
    /// </summary>
    internal sealed class MetricTarget
    {
        private MetricTarget(DocumentId documentId, TextSpan declarationSpan, string typeName)
        {
            DocumentId = documentId;
            DeclarationSpan = declarationSpan;
            TypeName = typeName;
        }

        public DocumentId DocumentId { get; }

        public TextSpan DeclarationSpan { get; }

        public string TypeName { get; }

        /// <summary>
        /// The target of the SPEC102 diagnostic at <paramref name="span"/>; null when it is a goal reference, or the
        /// type is not a class declared in this solution (metadata, struct, interface) and so cannot be marked.
        /// </summary>
        public static async Task<MetricTarget?> FindAsync(Document document, TextSpan span, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var typeOf = root?.FindNode(span, getInnermostNodeForTie: true)?.FirstAncestorOrSelf<TypeOfExpressionSyntax>();
            if (typeOf?.Parent is not AttributeArgumentSyntax { NameEquals: null, NameColon: null or { Name.Identifier.ValueText: "metric" } })
            {
                return null;
            }

            var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (semanticModel?.GetTypeInfo(typeOf.Type, cancellationToken).Type is not INamedTypeSymbol { TypeKind: TypeKind.Class } type)
            {
                return null;
            }

            foreach (var reference in type.OriginalDefinition.DeclaringSyntaxReferences)
            {
                var declaringDocument = document.Project.Solution.GetDocument(reference.SyntaxTree);
                if (declaringDocument is not null && reference.GetSyntax(cancellationToken) is TypeDeclarationSyntax declaration)
                {
                    return new MetricTarget(declaringDocument.Id, declaration.Span, type.Name);
                }
            }

            return null;
        }
    }
}
