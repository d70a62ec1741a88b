using System;

namespace SpecAnalyzers
{
    /// <summary>
    /// Declares the type as the spec of a feature flag. A spec says what we believe
    /// (<see cref="HypothesisAttribute"/>), how we will know (<see cref="SuccessMetricAttribute"/>), who answers
    /// for it (<see cref="OwnerAttribute"/>) and what happens after launch (<see cref="TweakPlanAttribute"/>).
    /// </summary>
    /// <example>
    /// <code>
    /// [FeatureFlag("offline-lyrics", Phase = Phase.Build, RemoveBy = "2027-06-30")]
    /// [Owner("lyrics-squad")]
    /// [Hypothesis("We believe offline lyrics for commuters will raise lyric views because 30% of sessions start offline")]
    /// [SuccessMetric(typeof(LyricViews))]
    /// [TweakPlan("Trim the offline cache to the 200 most played songs", ReviewBy = "2027-03-01")]
    /// public sealed class OfflineLyrics { }
    /// </code>
    /// </example>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    public sealed class FeatureFlagAttribute : Attribute
    {
        /// <summary>Declares a feature flag spec.</summary>
        /// <param name="key">The flag's key: lowercase kebab-case, at most 64 characters (<c>offline-lyrics</c>).</param>
        public FeatureFlagAttribute(string key)
        {
            Key = key;
        }

        /// <summary>The key the flag is evaluated by at run time.</summary>
        public string Key { get; }

        /// <summary>Where the flag stands in the lifecycle. Defaults to <see cref="SpecAnalyzers.Phase.Think"/>.</summary>
        public Phase Phase { get; set; }

        /// <summary>The ISO date (<c>yyyy-MM-dd</c>) by which the flag must leave the code; a flag past it is stale.</summary>
        public string? RemoveBy { get; set; }

        /// <summary>The decision that retired the flag; cleanup keeps the path this outcome chose.</summary>
        public Outcome Outcome { get; set; }
    }
}
