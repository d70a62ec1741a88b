namespace SpecAnalyzers.Model
{
    /// <summary><c>using Flag = SpecAnalyzers.FeatureFlagAttribute;</c>: the alias's and the target's name stems.</summary>
    internal readonly struct TypeAlias
    {
        public TypeAlias(string alias, string target)
        {
            Alias = alias;
            Target = target;
        }

        public string Alias { get; }

        public string Target { get; }
    }
}
