using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace SpecAnalyzers.CodeFixes.Building
{
    /// <summary>
    /// Syntax pieces the builders share. Names of the annotations are written fully qualified and annotated, so
    /// that the editor adds <c>using SpecAnalyzers;</c> when it is missing and shortens them to <c>Owner</c>,
    /// <c>MetricDirection.Increase</c> — or keeps them qualified where a user type of the same name would clash.
    /// </summary>
    internal static class SpecSyntax
    {
        /// <summary><c>global::SpecAnalyzers.{simpleName}</c>, to be shortened and imported.</summary>
        public static NameSyntax AnnotationsName(string simpleName) =>
            ParseName("global::" + Model.SpecAttributeTypes.Namespace + "." + simpleName)
                .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);

        /// <summary>The type's fully qualified name, to be shortened, with its namespace imported when needed.</summary>
        public static TypeSyntax TypeName(INamedTypeSymbol type) =>
            ParseTypeName(type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat))
                .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);

        /// <summary><c>[Name(arguments)]</c>, one attribute, spaced as people write it, with no surrounding trivia.</summary>
        public static AttributeListSyntax AttributeList(string attributeName, params AttributeArgumentSyntax[] arguments)
        {
            var separators = new SyntaxToken[arguments.Length > 0 ? arguments.Length - 1 : 0];
            for (var i = 0; i < separators.Length; i++)
            {
                separators[i] = Token(SyntaxKind.CommaToken).WithTrailingTrivia(Space);
            }

            var attribute = Attribute(AnnotationsName(attributeName))
                .WithArgumentList(AttributeArgumentList(SeparatedList(arguments, separators)));
            return SyntaxFactory.AttributeList(SingletonSeparatedList(attribute));
        }

        public static AttributeArgumentSyntax Positional(ExpressionSyntax value) => AttributeArgument(value);

        /// <summary><c>Name = value</c>.</summary>
        public static AttributeArgumentSyntax Named(string name, ExpressionSyntax value) =>
            AttributeArgument(
                NameEquals(IdentifierName(name).WithTrailingTrivia(Space), Token(SyntaxKind.EqualsToken).WithTrailingTrivia(Space)),
                nameColon: null,
                value);

        public static ExpressionSyntax String(string value) => LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(value));

        public static ExpressionSyntax Number(double value) => LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal(value));

        /// <summary><c>typeof(type)</c>.</summary>
        public static ExpressionSyntax TypeOf(TypeSyntax type) => TypeOfExpression(type);

        /// <summary><c>global::SpecAnalyzers.{enumName}.{member}</c>, shortened to <c>{enumName}.{member}</c> when it can be.</summary>
        public static ExpressionSyntax EnumMember(string enumName, string member) =>
            MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, AnnotationsName(enumName), IdentifierName(member))
                .WithAdditionalAnnotations(Simplifier.Annotation);
    }
}
