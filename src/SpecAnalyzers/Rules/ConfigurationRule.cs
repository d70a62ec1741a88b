using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace SpecAnalyzers.Rules
{
    /// <summary>
    /// One check over a flag configuration file (see <see cref="FlagConfigurationAnalyzer"/>). Rules never read JSON
    /// themselves: the file has been read once, into keys and flags, for every rule.
    /// </summary>
    internal abstract class ConfigurationRule
    {
        public abstract ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

        public abstract void Analyze(in ConfigurationRuleContext context);
    }
}
