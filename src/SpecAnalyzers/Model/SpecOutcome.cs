namespace SpecAnalyzers.Model
{
    /// <summary>Mirrors <c>SpecAnalyzers.Outcome</c> of the annotations (see <see cref="SpecPhase"/> for why).</summary>
    internal enum SpecOutcome
    {
        Undecided = 0,
        Shipped = 1,
        RolledBack = 2,
    }
}
