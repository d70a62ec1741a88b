namespace SpecAnalyzers.Catalog.Model
{
    /// <summary>Which spec attribute declares the spec: <c>[FeatureFlag]</c> or <c>[Experiment]</c>.</summary>
    public enum SpecKind
    {
        FeatureFlag,
        Experiment,
    }
}
