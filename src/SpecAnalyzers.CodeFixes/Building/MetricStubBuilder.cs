using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace SpecAnalyzers.CodeFixes.Building
{
    /// <summary>
    /// Builds metric types: <c>[Metric("lyrics_card_share.success", Direction = MetricDirection.Increase,
    /// Description = "TODO: …")] public sealed class LyricsCardShareSuccessMetric { }</c>. The placeholder
    /// description keeps a spec that uses the stub as its success metric failing (SPEC005) until a person says
    /// what it measures. The nodes carry no indentation; the editor places them.
    /// </summary>
    internal static class MetricStubBuilder
    {
        /// <summary>The stub type name for a spec: <c>LyricsCardShare</c> → <c>LyricsCardShareSuccessMetric</c>.</summary>
        public static string StubTypeName(string specTypeName, MetricRole role) =>
            specTypeName + (role == MetricRole.Success ? "SuccessMetric" : "GuardrailMetric");

        /// <summary>
        /// The stub's metric name: the spec key (or type name) in snake_case, then the role:
        /// <c>lyrics-card-share</c> → <c>lyrics_card_share.success</c>. A stub that had to take a fresh type name
        /// (<c>…SuccessMetric2</c>) gets the same suffix (<c>….success_2</c>) so the two metrics stay apart.
        /// </summary>
        public static string StubMetricName(string keyOrTypeName, MetricRole role, string nameSuffix)
        {
            var area = SpecNames.ToSnakeCase(keyOrTypeName);
            var name = (area.Length == 0 ? "spec" : area) + (role == MetricRole.Success ? ".success" : ".guardrail");
            return nameSuffix.Length == 0 ? name : name + "_" + nameSuffix;
        }

        /// <summary>
        /// <c>[Metric(name, Direction = …, Description = "TODO: …")]</c>: a success metric should increase, a guardrail (crashes, latency)
        /// should not; the user flips it when their metric runs the other way.
        /// </summary>
        public static AttributeListSyntax MetricAttribute(string metricName, MetricRole role) =>
            SpecSyntax.AttributeList(
                "Metric",
                SpecSyntax.Positional(SpecSyntax.String(metricName)),
                SpecSyntax.Named(
                    Model.SpecArgumentNames.Direction,
                    SpecSyntax.EnumMember("MetricDirection", role.PreferredDirection().ToString())),
                SpecSyntax.Named(Model.SpecArgumentNames.Description, SpecSyntax.String(Templates.SpecPartTemplates.MetricDescription)));

        /// <summary><c>[Metric(…)] public sealed class {typeName} { }</c>.</summary>
        public static ClassDeclarationSyntax Create(string typeName, string metricName, MetricRole role) =>
            SealedClass(typeName).WithAttributeLists(SingletonList(MetricAttribute(metricName, role)));

        /// <summary><c>public sealed class {typeName} { }</c> on one line.</summary>
        public static ClassDeclarationSyntax SealedClass(string typeName) =>
            ClassDeclaration(
                attributeLists: default,
                modifiers: TokenList(
                    Token(SyntaxKind.PublicKeyword).WithTrailingTrivia(Space),
                    Token(SyntaxKind.SealedKeyword).WithTrailingTrivia(Space)),
                keyword: Token(SyntaxKind.ClassKeyword).WithTrailingTrivia(Space),
                identifier: Identifier(typeName).WithTrailingTrivia(Space),
                typeParameterList: null,
                baseList: null,
                constraintClauses: default,
                openBraceToken: Token(SyntaxKind.OpenBraceToken).WithTrailingTrivia(Space),
                members: default,
                closeBraceToken: Token(SyntaxKind.CloseBraceToken),
                semicolonToken: default);
    }
}
