using System.Collections.Immutable;

namespace SpecAnalyzers.Catalog.Model
{
    /// <summary>
    /// One spec as compiled: a type with <c>[FeatureFlag]</c> or <c>[Experiment]</c> and its parts. Values the
    /// attributes leave out are null; <see cref="Phase"/> and <see cref="Outcome"/> are null only when unreadable
    /// (the attributes' defaults are Think and Undecided). <see cref="RolloutPercent"/> and
    /// <see cref="EligibleUsersPerDay"/> belong to experiments; <see cref="AdoptionExemption"/> to specs adopted in bulk.
    /// </summary>
    public sealed record CatalogSpec(
        string Key,
        SpecKind Kind,
        string TypeName,
        string Assembly,
        SpecPhase? Phase,
        SpecOutcome? Outcome,
        string? RemoveBy,
        int? RolloutPercent,
        double? EligibleUsersPerDay,
        string? Owner,
        CatalogHypothesis? Hypothesis,
        ImmutableArray<MetricUse> SuccessMetrics,
        ImmutableArray<MetricUse> GuardrailMetrics,
        CatalogTweakPlan? TweakPlan,
        SourceLocation? Source,
        SpecHealth Health,
        CatalogAdoptionExemption? AdoptionExemption = null);
}
