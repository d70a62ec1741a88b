namespace SpecAnalyzers.Power
{
    /// <summary>What an experiment tests a metric for, which decides the test's sidedness and error rate.</summary>
    internal enum TestKind
    {
        /// <summary>A success metric: a two-sided test at α / m for m success metrics (Bonferroni).</summary>
        Superiority,

        /// <summary>A guardrail metric: a one-sided non-inferiority test at α, not counted in the Bonferroni split.</summary>
        NonInferiority,
    }
}
