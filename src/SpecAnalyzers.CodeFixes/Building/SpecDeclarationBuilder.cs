using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SpecAnalyzers.Model;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace SpecAnalyzers.CodeFixes.Building
{
    /// <summary>
    /// Builds a whole spec for a key — the spec type with all four parts as templates, and the success metric
    /// stub it references — for fixes that declare a spec that does not exist yet.
    /// </summary>
    internal static class SpecDeclarationBuilder
    {
        /// <summary>
        /// <c>lyrics-card-share</c> → <c>[Experiment("lyrics-card-share")] [Owner] [Hypothesis] [SuccessMetric] [TweakPlan]
        /// public sealed class LyricsCardShare { }</c> and <c>LyricsCardShareSuccessMetric</c>, without layout.
        /// </summary>
        public static SpecDeclaration Build(SpecKind kind, string key, SpecPartAttributeBuilder parts)
        {
            var typeName = SpecNames.ToPascalCase(key);
            var stubName = MetricStubBuilder.StubTypeName(typeName, MetricRole.Success);
            var spec = MetricStubBuilder.SealedClass(typeName).WithAttributeLists(List(new[]
            {
                SpecPartAttributeBuilder.Declaration(kind, key),
                parts.Owner(),
                parts.Hypothesis(),
                SpecPartAttributeBuilder.MetricReference(MetricRole.Success, IdentifierName(stubName)),
                parts.TweakPlan(),
            }));
            var stub = MetricStubBuilder.Create(stubName, MetricStubBuilder.StubMetricName(key, MetricRole.Success, string.Empty), MetricRole.Success);
            return new SpecDeclaration(spec, stub);
        }

        /// <summary>
        /// A spec adopted in bulk for a flag that existed before the team adopted SpecAnalyzers:
        /// <c>[FeatureFlag("Home")] [AdoptionExemption("yyyy-MM-dd")] [Owner] [Hypothesis] [TweakPlan(…, ReviewBy = that date)]</c>.
        /// No success metric stub: a hundred stubs would be a hundred placeholder metrics (SPEC101 on each, which no
        /// spec's exemption covers); once the exemption ends SPEC002 asks for the metric and its fix writes the stub.
        /// </summary>
        public static SpecDeclaration BuildAdopted(SpecKind kind, string key, SpecPartAttributeBuilder parts)
        {
            var spec = MetricStubBuilder.SealedClass(SpecNames.ToPascalCase(key)).WithAttributeLists(List(new[]
            {
                SpecPartAttributeBuilder.Declaration(kind, key),
                parts.AdoptionExemption(),
                parts.Owner(),
                parts.Hypothesis(),
                parts.AdoptedTweakPlan(),
            }));
            return new SpecDeclaration(spec, successMetric: null);
        }
    }
}
