namespace SpecAnalyzers.SyntaxFilter
{
    /// <summary><c>using Flag = SpecAnalyzers.FeatureFlagAttribute;</c>: the alias's and the target's name stems.</summary>
    /// <remarks>A class, not a struct: the arrays of them then share the framework's precompiled code.</remarks>
    internal sealed record TypeAlias(string Alias, string Target);
}
