namespace SpecAnalyzers.Catalog.Model
{
    /// <summary>The decision that retired a spec, in the order of <c>SpecAnalyzers.Outcome</c>.</summary>
    public enum SpecOutcome
    {
        Undecided,
        Shipped,
        RolledBack,
    }
}
