using System.Collections.Immutable;

namespace SpecAnalyzers.Rules
{
    /// <summary>
    /// Every rule that runs over annotated types, in ID order. SPEC103 is missing on purpose: comparing keys needs
    /// every spec at once, so <see cref="DuplicateKeyAnalyzer"/> does it.
    /// </summary>
    internal static class SpecRuleCatalog
    {
        /// <summary>The rules that need only the type's own attributes: they run as soon as the compiler has the type.</summary>
        public static readonly ImmutableArray<SpecRule> PerType = ImmutableArray.Create<SpecRule>(
            new MissingPartRule(Descriptors.MissingHypothesis, spec => spec.Hypotheses),
            new MissingPartRule(Descriptors.MissingSuccessMetric, spec => spec.SuccessMetrics),
            new MissingPartRule(Descriptors.MissingOwner, spec => spec.Owners),
            new MissingPartRule(Descriptors.MissingTweakPlan, spec => spec.TweakPlans),
            new PlaceholderTextRule(),
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

        /// <summary>
        /// The rules that read the attributes of the types a spec links to. They run once the compiler has finished a
        /// file, over the parts written in it: in a build the compiler has bound every type's attributes by then, and
        /// checked as soon as the spec's own type is ready, a link to a type declared further on would bind that type
        /// early, inside the analyzer (a few hundred microseconds each).
        /// </summary>
        public static readonly ImmutableArray<SpecRule> PerFile = ImmutableArray.Create<SpecRule>(
            new NotAMetricOrGoalRule(),
            new ExperimentPowerRule(),
            new ImpossiblePowerInputRule());
    }
}
