namespace SpecAnalyzers.Model
{
    /// <summary>
    /// Mirrors <c>SpecAnalyzers.Phase</c> of the annotations, which the analyzer assembly must not reference
    /// (it loads in the compiler, not in the user's program). A test keeps names and values in step.
    /// </summary>
    internal enum SpecPhase
    {
        Think = 0,
        Build = 1,
        Ship = 2,
        Tweak = 3,
        Retired = 4,
    }
}
