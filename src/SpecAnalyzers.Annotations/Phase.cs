namespace SpecAnalyzers
{
    /// <summary>
    /// Where a spec stands in the product lifecycle: Think it → Build it → Ship it → Tweak it, then Retired.
    /// </summary>
    public enum Phase
    {
        /// <summary>Think it: deciding whether the benefit is worth the cost. Nothing is built yet.</summary>
        Think = 0,

        /// <summary>Build it: prototyping and writing quality code behind the flag.</summary>
        Build = 1,

        /// <summary>Ship it: an MVP exposed to a small percentage of users while the metrics are watched.</summary>
        Ship = 2,

        /// <summary>Tweak it: optimising and cutting cost once the change has proven itself.</summary>
        Tweak = 3,

        /// <summary>Retired: the decision is made (see <see cref="Outcome"/>) and the flag should leave the code.</summary>
        Retired = 4,
    }
}
