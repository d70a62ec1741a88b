using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SpecAnalyzers.CodeFixes.Building;
using SpecAnalyzers.CodeFixes.Editing;
using SpecAnalyzers.Model;

namespace SpecAnalyzers.CodeFixes
{
    /// <summary>
    /// The compiler's CS0246 on <c>X</c> in <c>[SuccessMetric(typeof(X))]</c> or <c>[GuardrailMetric(typeof(X))]</c>:
    /// "Generate metric 'X'" declares <c>[Metric("x_area.rest_of_name", Direction = …)] public sealed class X { }</c>
    /// next to the type the attribute is on — Increase for a success metric, Decrease for a guardrail.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(GenerateMetricCodeFix))]
    [Shared]
    public sealed class GenerateMetricCodeFix : SpecCodeFixProvider
    {
        /// <summary>The compiler's "type or namespace name could not be found".</summary>
        public const string TypeNotFoundId = "CS0246";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(TypeNotFoundId);

        internal override string DefaultEquivalenceKey => EquivalenceKeys.GenerateMetric;

        private protected override void RegisterFixes(CodeFixContext context, SpecDocumentEditor editor)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                if (FindMissingMetric(editor, diagnostic, context.CancellationToken) is { } missing)
                {
                    RegisterFix(context, "Generate metric '" + missing.Name.Identifier.ValueText + "'", EquivalenceKeys.GenerateMetric, ImmutableArray.Create(diagnostic));
                }
            }
        }

        internal override string GetFixAllTitle(string equivalenceKey) => "Generate missing metrics";

        internal override void Fix(SpecDocumentEditor editor, Diagnostic diagnostic, string equivalenceKey, CancellationToken cancellationToken)
        {
            if (equivalenceKey == EquivalenceKeys.GenerateMetric && FindMissingMetric(editor, diagnostic, cancellationToken) is { } missing)
            {
                SpecPartEdits.AddMetricType(editor, missing.Declaration, missing.Name.Identifier.ValueText, missing.Role);
            }
        }

        /// <summary>
        /// The unknown simple name in the first argument's <c>typeof</c> of a metric reference on a type declaration;
        /// null for any other CS0246 (a qualified or generic name cannot be declared next to the spec).
        /// </summary>
        private static MissingMetric? FindMissingMetric(SpecDocumentEditor editor, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            if (diagnostic.Id != TypeNotFoundId || diagnostic.Location.SourceTree != editor.Root.SyntaxTree)
            {
                return null;
            }

            var node = editor.Root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            if (node is not IdentifierNameSyntax name
                || name.Parent is not TypeOfExpressionSyntax typeOf
                || typeOf.Parent is not AttributeArgumentSyntax { NameEquals: null, NameColon: null } argument
                || argument.Parent is not AttributeArgumentListSyntax arguments
                || arguments.Arguments[0] != argument
                || arguments.Parent is not AttributeSyntax attribute
                || attribute.Parent?.Parent is not BaseTypeDeclarationSyntax declaration)
            {
                return null;
            }

            var kind = editor.AttributeTypes.Classify(editor.SemanticModel.GetTypeInfo(attribute, cancellationToken).Type as INamedTypeSymbol);
            return kind switch
            {
                SpecAttributeKind.SuccessMetric => new MissingMetric(name, declaration, MetricRole.Success),
                SpecAttributeKind.GuardrailMetric => new MissingMetric(name, declaration, MetricRole.Guardrail),
                _ => null,
            };
        }

        private sealed class MissingMetric
        {
            public MissingMetric(IdentifierNameSyntax name, BaseTypeDeclarationSyntax declaration, MetricRole role)
            {
                Name = name;
                Declaration = declaration;
                Role = role;
            }

            public IdentifierNameSyntax Name { get; }

            public BaseTypeDeclarationSyntax Declaration { get; }

            public MetricRole Role { get; }
        }
    }
}
