using System.Collections.Immutable;
using System.Linq;

namespace SpecAnalyzers.Catalog.Model
{
    /// <summary>
    /// What a spec still needs, as the analyzers would say it:
    /// <list type="bullet">
    /// <item><see cref="Missing"/>: mission parts absent (SPEC001–SPEC004);</item>
    /// <item><see cref="Placeholders"/>: texts that are empty or a placeholder (SPEC101); on a mission part the spec
    /// is hollow: it still lacks that part (SPEC005);</item>
    /// <item><see cref="Stale"/>: a <c>RemoveBy</c> or <c>ReviewBy</c> before the reference date (SPEC106);</item>
    /// <item><see cref="Invalid"/>: values that are wrong or could not be read: a date that is not <c>yyyy-MM-dd</c>
    /// (SPEC105), a metric or goal type that is not one (SPEC102), a rollout outside 0–100 (SPEC302), an MDE or
    /// non-inferiority margin not strictly between 0 and 1 (SPEC303), an attribute that could not be decoded.</item>
    /// <item><see cref="Configuration"/>: the flag configuration's state (SPEC402–SPEC406), when the project configures flags;</item>
    /// <item><see cref="Power"/>: an experiment's sample size and duration (SPEC305–SPEC307), when it has power inputs.</item>
    /// </list>
    /// </summary>
    public sealed record SpecHealth(
        ImmutableArray<SpecPart> Missing,
        ImmutableArray<HealthFinding> Placeholders,
        ImmutableArray<HealthFinding> Stale,
        ImmutableArray<HealthFinding> Invalid)
    {
        public bool IsHealthy => Missing.IsEmpty && Placeholders.IsEmpty && Stale.IsEmpty && Invalid.IsEmpty
            && Configuration?.Findings.IsEmpty != false && Power?.IsUnderpowered != true;

        /// <summary>No owner, or an owner that is only a placeholder: nobody answers for the spec.</summary>
        public bool IsUnowned =>
            Missing.Contains(SpecPart.Owner) || Placeholders.Any(finding => finding.Part == SpecPart.Owner);

        /// <summary>A mission part that is present but only a placeholder.</summary>
        public bool IsHollow => Placeholders.Any(finding => IsMissionPart(finding.Part));

        public static bool IsMissionPart(SpecPart part) => part <= SpecPart.TweakPlan;

        /// <summary>Null when the project's configuration files declare no flags (nothing to compare with).</summary>
        public ConfigurationHealth? Configuration { get; init; }

        /// <summary>Null for a feature flag, and for an experiment with no estimate and no impossible input.</summary>
        public PowerHealth? Power { get; init; }

        /// <summary>SPEC402: a live spec no configuration declares, so the flag is always off.</summary>
        public bool IsUnconfigured => Configuration?.Findings.Any(finding => finding.Rule == ConfigurationFinding.Unconfigured) == true;
    }
}
