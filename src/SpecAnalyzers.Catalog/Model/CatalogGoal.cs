namespace SpecAnalyzers.Catalog.Model
{
    /// <summary>A <c>[Goal]</c> type as compiled: the objective (an OKR) hypotheses serve.</summary>
    public sealed record CatalogGoal(string TypeName, string Assembly, string? Objective, string? KeyResult);
}
