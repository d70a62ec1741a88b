using System.Collections.Immutable;

namespace SpecAnalyzers.Catalog.Model
{
    /// <summary>
    /// An experiment's power, as SPEC305–SPEC307 judge it: the estimate at its declared rollout and traffic (null when
    /// its inputs are incomplete or impossible), the planned window it must fit, and impossible inputs.
    /// </summary>
    /// <param name="Alpha">The <c>spec_analyzers.alpha</c> the estimate was computed with.</param>
    /// <param name="Power">The <c>spec_analyzers.power</c> the estimate was computed with.</param>
    /// <param name="Impossible">Why no estimate exists (SPEC307): a rate baseline outside (0, 1), an effect past 0 or 1, traffic ≤ 0.</param>
    public sealed record PowerHealth(
        CatalogPowerEstimate? Estimate,
        PlannedWindow? Window,
        double Alpha,
        double Power,
        ImmutableArray<string> Impossible)
    {
        /// <summary>SPEC306 or SPEC307: it cannot reach its sample size in time, or no sample size exists.</summary>
        public bool IsUnderpowered => Window?.Fits == false || !Impossible.IsEmpty;
    }

    /// <summary>SPEC305: the users the treatment needs (the metric that needs most), and the whole days that takes.</summary>
    public sealed record CatalogPowerEstimate(double TreatmentUsers, string DrivingMetric, double Days, int RolloutPercent, double EligibleUsersPerDay);

    /// <summary>
    /// SPEC306: the window from the reference date to the tweak plan's <c>ReviewBy</c> (else <c>RemoveBy</c>).
    /// <paramref name="Fits"/> is null when the window is already over (a stale date, not a power problem).
    /// <paramref name="RaisedRolloutPercent"/> is the smallest rollout that fits when the declared one does not (null when none does).
    /// </summary>
    public sealed record PlannedWindow(string End, double Days, bool? Fits, int? RaisedRolloutPercent);
}
