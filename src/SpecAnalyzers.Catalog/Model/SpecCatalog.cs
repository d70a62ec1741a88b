using System.Collections.Immutable;

namespace SpecAnalyzers.Catalog.Model
{
    /// <summary>
    /// Everything one build's catalog holds: the project it was built for, the date stale dates were judged
    /// against, and every spec, goal and metric of the project's assembly and of the referenced assemblies that
    /// declare specs, each sorted (specs by key, then type; goals and metrics by type), so output is deterministic.
    /// </summary>
    public sealed record SpecCatalog(
        string Project,
        string ReferenceDate,
        ImmutableArray<CatalogSpec> Specs,
        ImmutableArray<CatalogGoal> Goals,
        ImmutableArray<CatalogMetric> Metrics);
}
