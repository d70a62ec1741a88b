namespace SpecAnalyzers.Model
{
    /// <summary>Which SpecAnalyzers attribute an attribute application is.</summary>
    internal enum SpecAttributeKind
    {
        None,
        FeatureFlag,
        Experiment,
        Owner,
        Hypothesis,
        SuccessMetric,
        GuardrailMetric,
        TweakPlan,
        Metric,
        Goal,
        AdoptionExemption,
    }
}
