using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using SpecAnalyzers.CodeFixes.Building;

namespace SpecAnalyzers.CodeFixes
{
    /// <summary>
    /// SPEC002. "Generate success metric stub" —
    /// <c>[Metric("{key}.success", Direction = MetricDirection.Increase)] public sealed class {Spec}SuccessMetric { }</c>
    /// next to the spec, referenced with <c>[SuccessMetric(typeof({Spec}SuccessMetric), MinimumDetectableEffect = 0.02)]</c>;
    /// then "Use metric '…' (…)" for existing metrics, those that should increase first, never one of the spec's guardrails.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SuccessMetricCodeFix))]
    [Shared]
    public sealed class SuccessMetricCodeFix : MetricPartCodeFix
    {
        public const string GenerateStubTitle = "Generate success metric stub";

        public SuccessMetricCodeFix()
            : base(
                Descriptors.MissingSuccessMetric,
                MetricRole.Success,
                GenerateStubTitle,
                EquivalenceKeys.GenerateSuccessMetricStub,
                EquivalenceKeys.UseMetricPrefix,
                useMetricTitleEnd: string.Empty)
        {
        }
    }
}
