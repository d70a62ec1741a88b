using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace SpecAnalyzers.Rules
{
    /// <summary>
    /// One check over a <see cref="Evaluations.FlagEvaluation"/>. Rules never search for evaluations themselves: the
    /// analyzer has found them (by their names in each file's text) and bound only what can report something.
    /// </summary>
    internal abstract class EvaluationRule
    {
        public abstract ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

        public abstract void Analyze(in EvaluationRuleContext context);
    }
}
