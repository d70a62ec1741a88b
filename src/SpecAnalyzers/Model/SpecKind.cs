namespace SpecAnalyzers.Model
{
    /// <summary>What a spec declares.</summary>
    internal enum SpecKind
    {
        FeatureFlag,
        Experiment,
    }
}
