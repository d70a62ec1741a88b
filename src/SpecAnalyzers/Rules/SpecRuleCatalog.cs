using System.Collections.Immutable;

namespace SpecAnalyzers.Rules
{
    /// <summary>Every rule that runs over annotated types, in ID order.</summary>
    internal static class SpecRuleCatalog
    {
        public static readonly ImmutableArray<SpecRule> All = ImmutableArray.Create<SpecRule>(
            new MissingPartRule(Descriptors.MissingHypothesis, spec => spec.Hypotheses),
            new MissingPartRule(Descriptors.MissingSuccessMetric, spec => spec.SuccessMetrics),
            new MissingPartRule(Descriptors.MissingOwner, spec => spec.Owners),
            new MissingPartRule(Descriptors.MissingTweakPlan, spec => spec.TweakPlans),
            new KeyConstantMismatchRule());
    }
}
