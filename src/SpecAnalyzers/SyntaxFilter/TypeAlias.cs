namespace SpecAnalyzers.SyntaxFilter
{
    /// <summary><c>using Flag = SpecAnalyzers.FeatureFlagAttribute;</c>: the alias's and the target's name stems.</summary>
    internal readonly record struct TypeAlias(string Alias, string Target);
}
