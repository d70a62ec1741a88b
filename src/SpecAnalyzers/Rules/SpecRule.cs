using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace SpecAnalyzers.Rules
{
    /// <summary>
    /// One check over an <see cref="Model.AnnotatedType"/>. Rules never read attributes themselves: the model
    /// has already read them once for every rule.
    /// </summary>
    internal abstract class SpecRule
    {
        public abstract ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

        public abstract void Analyze(in SpecRuleContext context);
    }
}
