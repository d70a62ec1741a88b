using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace SpecAnalyzers.Rules
{
    /// <summary>
    /// SPEC202: a key that is not a compile-time constant cannot be checked. A wrapper forwarding its own key is left
    /// alone (its callers are checked); a <c>static readonly</c> key of a spec is pointed at the spec's constant.
    /// </summary>
    internal sealed class NonConstantFlagKeyRule : EvaluationRule
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.NonConstantFlagKey);

        public override void Analyze(in EvaluationRuleContext context)
        {
            var evaluation = context.Evaluation;
            if (evaluation.IsConstant || evaluation.ForwardsWrapperKey)
            {
                return;
            }

            var properties = ImmutableDictionary<string, string?>.Empty;
            var advice = "pass a spec's Key constant";
            if (evaluation.IsParameter)
            {
                advice = "pass a spec's Key constant, or name this method in spec_analyzers.evaluation_methods so that its callers are checked";
            }
            else if (evaluation.LikelySpec is { } spec && context.KeyConstants.TryGet(spec, evaluation.CallSite, out var constant))
            {
                properties = constant.Properties;
                advice = "pass " + constant.Display;
            }

            context.Report(Descriptors.NonConstantFlagKey, evaluation.Location, properties, evaluation.WrittenKey, advice);
        }
    }
}
