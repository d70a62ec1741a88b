namespace SpecAnalyzers.Catalog.Reading
{
    /// <summary>The public contract's attribute names (src/SpecAnalyzers.Annotations), and argument names only the catalog reads.</summary>
    internal static class SpecAttributeNames
    {
        public const string Namespace = "SpecAnalyzers";
        public const string AnnotationsAssembly = "SpecAnalyzers.Annotations";

        public const string FeatureFlag = "FeatureFlagAttribute";
        public const string Experiment = "ExperimentAttribute";
        public const string Owner = "OwnerAttribute";
        public const string Hypothesis = "HypothesisAttribute";
        public const string SuccessMetric = "SuccessMetricAttribute";
        public const string GuardrailMetric = "GuardrailMetricAttribute";
        public const string TweakPlan = "TweakPlanAttribute";
        public const string Metric = "MetricAttribute";
        public const string Goal = "GoalAttribute";
        public const string AdoptionExemption = "AdoptionExemptionAttribute";

        // The named arguments the analyzers read are SpecAnalyzers.Model.SpecArgumentNames (linked in); these are the
        // ones only the catalog reads so far (v0.2: the metric description and the power inputs).
        public const string EligibleUsersPerDay = "EligibleUsersPerDay";
        public const string Description = "Description";
        public const string Baseline = "Baseline";
        public const string StandardDeviation = "StandardDeviation";
        public const string Reason = "Reason";
    }
}
