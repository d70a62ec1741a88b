namespace SpecAnalyzers.Catalog.Model
{
    /// <summary>
    /// The parts of a spec the health check names. The first four are the mission parts (SPEC001–SPEC004): a spec
    /// lacking one, or holding only a placeholder in one (SPEC005), is missing it. The others are texts SPEC101
    /// checks and values SPEC102/SPEC105 read.
    /// </summary>
    public enum SpecPart
    {
        Hypothesis,
        SuccessMetric,
        Owner,
        TweakPlan,
        Key,
        Phase,
        Outcome,
        RolloutPercent,
        Insight,
        Goal,
        GoalObjective,
        GoalKeyResult,
        GuardrailMetric,
        MinimumDetectableEffect,
        NonInferiorityMargin,
        MetricName,
        MetricUnit,
        MetricDescription,
        RemoveBy,
        ReviewBy,
        AdoptionExemption,
    }
}
