using System;

namespace SpecAnalyzers
{
    /// <summary>
    /// Declares the type as the spec of an experiment: a flag whose rollout is measured against success and
    /// guardrail metrics before a ship, abort or iterate decision.
    /// </summary>
    /// <example>
    /// <code>
    /// [Experiment("lyrics-card-share", Phase = Phase.Ship, RolloutPercent = 5)]
    /// [Owner("lyrics-squad")]
    /// [Hypothesis("We believe that sharing lyric cards will raise shares because 12% of lyric views end in a screenshot",
    ///     Goal = typeof(SocialDiscovery))]
    /// [SuccessMetric(typeof(LyricsShareRate), MinimumDetectableEffect = 0.02)]
    /// [GuardrailMetric(typeof(CrashRate), NonInferiorityMargin = 0.001)]
    /// [TweakPlan("Cut card render time below 50 ms; drop unused card themes", ReviewBy = "2027-02-01")]
    /// public sealed class LyricsCardShare { }
    /// </code>
    /// </example>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    public sealed class ExperimentAttribute : Attribute
    {
        /// <summary>Declares an experiment spec.</summary>
        /// <param name="key">The experiment's key: lowercase kebab-case, at most 64 characters (<c>lyrics-card-share</c>).</param>
        public ExperimentAttribute(string key)
        {
            Key = key;
        }

        /// <summary>The key the experiment is evaluated by at run time.</summary>
        public string Key { get; }

        /// <summary>Where the experiment stands in the lifecycle. Defaults to <see cref="SpecAnalyzers.Phase.Think"/>.</summary>
        public Phase Phase { get; set; }

        /// <summary>The ISO date (<c>yyyy-MM-dd</c>) by which the experiment must leave the code.</summary>
        public string? RemoveBy { get; set; }

        /// <summary>The share of users (0–100) exposed to the treatment. An experiment at Ship needs one.</summary>
        public int RolloutPercent { get; set; }

        /// <summary>
        /// How many users a day could enter the experiment before <see cref="RolloutPercent"/> is applied, a power input
        /// (SPEC305, SPEC306): the experiment's duration is its sample size over this times the rollout. Unset (0 and not
        /// written), the project-wide <c>spec_analyzers.eligible_users_per_day</c> applies. Must be positive.
        /// </summary>
        public long EligibleUsersPerDay { get; set; }

        /// <summary>The decision that retired the experiment; cleanup keeps the path this outcome chose.</summary>
        public Outcome Outcome { get; set; }
    }
}
