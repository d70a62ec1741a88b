using System.Collections.Immutable;

namespace SpecAnalyzers.Rules.Spec4xx
{
    /// <summary>
    /// The rules that run over a flag configuration file, in ID order. The rules that compare a spec with the
    /// configuration and report on the spec (SPEC402, SPEC403, SPEC406) are spec rules (<see cref="SpecRuleCatalog"/>).
    /// </summary>
    internal static class ConfigurationRuleCatalog
    {
        public static readonly ImmutableArray<ConfigurationRule> All = ImmutableArray.Create<ConfigurationRule>(
            new UndeclaredConfiguredFlagRule(),
            new RetiredFlagConfiguredRule(),
            new InvalidFlagConfigurationRule());
    }
}
