namespace SpecAnalyzers.Catalog.Model
{
    /// <summary>A spec's <c>[TweakPlan]</c>: what happens after launch, and when it is reviewed next.</summary>
    public sealed record CatalogTweakPlan(string? Plan, string? ReviewBy);
}
