namespace SpecAnalyzers.Templates
{
    /// <summary>
    /// The text the code fixes write into a spec when they add a missing part. Each one starts with a
    /// placeholder word, so that SPEC005 keeps the spec failing until a person has written the part.
    /// </summary>
    internal static class SpecPartTemplates
    {
        public const string Hypothesis = "TODO: We believe [change] for [audience] will [move metric] because [insight]";

        public const string Owner = "TODO: owner";

        public const string TweakPlan = "TODO: what we will optimise or cut once this ships";

        /// <summary>The description of a generated metric stub: the stub is unfinished (SPEC005) until a person replaces it.</summary>
        public const string MetricDescription = "TODO: what this metric measures and where it is computed";

        /// <summary>How many days after today a generated <c>ReviewBy</c> falls, unless configured.</summary>
        public const int DefaultReviewAfterDays = 90;
    }
}
