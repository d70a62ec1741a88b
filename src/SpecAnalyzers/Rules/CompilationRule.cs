using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace SpecAnalyzers.Rules
{
    /// <summary>
    /// One check over the specs of a whole compilation, at its end: what needs every spec at once (two specs sharing
    /// a key, a spec nothing evaluates). The IDE reruns compilation-end work after every edit, so these rules stay few.
    /// </summary>
    internal abstract class CompilationRule
    {
        public abstract ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

        public abstract void Analyze(in CompilationRuleContext context);
    }
}
