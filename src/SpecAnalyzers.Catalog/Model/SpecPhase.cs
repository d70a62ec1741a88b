namespace SpecAnalyzers.Catalog.Model
{
    /// <summary>The lifecycle phases, in the order of <c>SpecAnalyzers.Phase</c> (their values in metadata).</summary>
    public enum SpecPhase
    {
        Think,
        Build,
        Ship,
        Tweak,
        Retired,
    }
}
