namespace SpecAnalyzers.Catalog.Model
{
    /// <summary>A spec's <c>[Hypothesis]</c>: the statement, its insight, and the goal it serves (the type named by
    /// <c>Goal</c>, and that goal when the type is a <c>[Goal]</c> the catalog read).</summary>
    public sealed record CatalogHypothesis(string? Statement, string? Insight, string? GoalTypeName, CatalogGoal? Goal);
}
