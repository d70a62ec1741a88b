using System.Collections.Immutable;

namespace SpecAnalyzers.Rules
{
    /// <summary>
    /// Every rule that runs over annotated types, in ID order. SPEC103 is missing on purpose: comparing keys needs
    /// every spec at once, so <see cref="DuplicateKeyAnalyzer"/> does it.
    /// </summary>
    internal static class SpecRuleCatalog
    {
        public static readonly ImmutableArray<SpecRule> All = ImmutableArray.Create<SpecRule>(
            new MissingPartRule(Descriptors.MissingHypothesis, spec => spec.Hypotheses),
            new MissingPartRule(Descriptors.MissingSuccessMetric, spec => spec.SuccessMetrics),
            new MissingPartRule(Descriptors.MissingOwner, spec => spec.Owners),
            new MissingPartRule(Descriptors.MissingTweakPlan, spec => spec.TweakPlans),
            new PlaceholderTextRule(),
            new NotAMetricOrGoalRule(),
            new MalformedNameRule(),
            new InvalidDateRule(),
            new DatePassedRule(),
            new UnknownOwnerRule(),
            new PartOnNonSpecRule(),
            new KeyConstantMismatchRule(),
            new MissingGuardrailRule(),
            new InvalidRolloutRule(),
            new StatisticOutOfRangeRule(),
            new HypothesisWithoutGoalRule());
    }
}
