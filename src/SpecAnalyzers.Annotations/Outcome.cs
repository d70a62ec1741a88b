namespace SpecAnalyzers
{
    /// <summary>
    /// The decision that ended a spec: ship, abort or iterate. A test that ends in a decision is a test that
    /// taught something.
    /// </summary>
    public enum Outcome
    {
        /// <summary>No decision recorded yet. A retired spec that is still undecided gets no automatic cleanup.</summary>
        Undecided = 0,

        /// <summary>The change won: cleanup keeps the enabled path.</summary>
        Shipped = 1,

        /// <summary>The change lost or was abandoned: cleanup keeps the disabled path.</summary>
        RolledBack = 2,
    }
}
