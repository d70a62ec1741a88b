namespace SpecAnalyzers.Power
{
    /// <summary>What an experiment needs at one rollout: users in the treatment, and the whole days that takes.</summary>
    /// <param name="TreatmentUsers">The largest sample over the metrics, rounded up to a whole user.</param>
    /// <param name="DrivingMetric">The metric whose test needs <paramref name="TreatmentUsers"/>.</param>
    /// <param name="Days">Rounded up to whole days.</param>
    internal sealed record PowerEstimate(double TreatmentUsers, string DrivingMetric, int RolloutPercent, double EligibleUsersPerDay, double Days);
}
