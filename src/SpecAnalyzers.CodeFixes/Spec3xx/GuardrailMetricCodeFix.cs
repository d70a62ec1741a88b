using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using SpecAnalyzers.CodeFixes.Building;

namespace SpecAnalyzers.CodeFixes
{
    /// <summary>
    /// SPEC301. "Generate guardrail metric stub" —
    /// <c>[Metric("{key}.guardrail", Direction = MetricDirection.Decrease)] public sealed class {Spec}GuardrailMetric { }</c>
    /// next to the spec, referenced with <c>[GuardrailMetric(typeof({Spec}GuardrailMetric), NonInferiorityMargin = 0.01)]</c>;
    /// then "Use metric '…' (…) as guardrail" for existing metrics, those that should decrease first, never one of
    /// the spec's success metrics (SPEC303).
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(GuardrailMetricCodeFix))]
    [Shared]
    public sealed class GuardrailMetricCodeFix : MetricPartCodeFix
    {
        public const string GenerateStubTitle = "Generate guardrail metric stub";

        public GuardrailMetricCodeFix()
            : base(
                Descriptors.MissingGuardrail,
                MetricRole.Guardrail,
                GenerateStubTitle,
                EquivalenceKeys.GenerateGuardrailMetricStub,
                EquivalenceKeys.UseGuardrailMetricPrefix,
                useMetricTitleEnd: " as guardrail")
        {
        }
    }
}
