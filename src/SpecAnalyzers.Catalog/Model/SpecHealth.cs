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
    /// </list>
    /// </summary>
    public sealed record SpecHealth(
        ImmutableArray<SpecPart> Missing,
        ImmutableArray<HealthFinding> Placeholders,
        ImmutableArray<HealthFinding> Stale,
        ImmutableArray<HealthFinding> Invalid)
    {
        public bool IsHealthy => Missing.IsEmpty && Placeholders.IsEmpty && Stale.IsEmpty && Invalid.IsEmpty;

        /// <summary>No owner, or an owner that is only a placeholder: nobody answers for the spec.</summary>
        public bool IsUnowned =>
            Missing.Contains(SpecPart.Owner) || Placeholders.Any(finding => finding.Part == SpecPart.Owner);

        /// <summary>A mission part that is present but only a placeholder.</summary>
        public bool IsHollow => Placeholders.Any(finding => IsMissionPart(finding.Part));

        public static bool IsMissionPart(SpecPart part) => part <= SpecPart.TweakPlan;
    }
}
