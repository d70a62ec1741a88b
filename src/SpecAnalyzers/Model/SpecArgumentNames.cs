namespace SpecAnalyzers.Model
{
    /// <summary>The named arguments of the SpecAnalyzers attributes, as the annotations spell them.</summary>
    internal static class SpecArgumentNames
    {
        public const string Phase = "Phase";
        public const string RemoveBy = "RemoveBy";
        public const string RolloutPercent = "RolloutPercent";
        public const string Outcome = "Outcome";
        public const string Goal = "Goal";
        public const string Insight = "Insight";
        public const string MinimumDetectableEffect = "MinimumDetectableEffect";
        public const string NonInferiorityMargin = "NonInferiorityMargin";
        public const string ReviewBy = "ReviewBy";
        public const string Direction = "Direction";
        public const string Unit = "Unit";
        public const string Description = "Description";
        public const string KeyResult = "KeyResult";
        public const string Baseline = "Baseline";
        public const string StandardDeviation = "StandardDeviation";
        public const string EligibleUsersPerDay = "EligibleUsersPerDay";
    }
}
