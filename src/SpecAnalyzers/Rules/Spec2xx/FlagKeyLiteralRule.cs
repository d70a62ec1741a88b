using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using SpecAnalyzers.Model;

namespace SpecAnalyzers.Rules
{
    /// <summary>SPEC205: a live spec's key written out where the call site can use the spec's <c>Key</c> constant.</summary>
    internal sealed class FlagKeyLiteralRule : EvaluationRule
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.FlagKeyLiteral);

        public override void Analyze(in EvaluationRuleContext context)
        {
            var evaluation = context.Evaluation;
            if (evaluation is { Spec: { } spec, IsLiteral: true }
                && spec.Phase != SpecPhase.Retired
                && context.KeyConstants.TryGet(spec, evaluation.CallSite, out var constant))
            {
                context.Report(Descriptors.FlagKeyLiteral, evaluation.Location, constant.Properties, evaluation.Key, constant.Display);
            }
        }
    }
}
