using SpecAnalyzers.Model;

namespace SpecAnalyzers.CodeFixes.Editing
{
    /// <summary>
    /// The order a spec's attributes read in: the declaration, then who (owner), what we believe (hypothesis),
    /// how we will know (success, then guardrail metrics), what happens after launch (tweak plan).
    /// </summary>
    internal static class SpecPartOrder
    {
        /// <summary>Attributes that are not SpecAnalyzers attributes take no part in the order.</summary>
        public const int Unranked = -1;

        public static int Rank(SpecAttributeKind kind) => kind switch
        {
            SpecAttributeKind.None => Unranked,
            SpecAttributeKind.Owner => 1,
            SpecAttributeKind.Hypothesis => 2,
            SpecAttributeKind.SuccessMetric => 3,
            SpecAttributeKind.GuardrailMetric => 4,
            SpecAttributeKind.TweakPlan => 5,

            // FeatureFlag, Experiment (and Metric or Goal, which do not belong on a spec) come first.
            _ => 0,
        };
    }
}
