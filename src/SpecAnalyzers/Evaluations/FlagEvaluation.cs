using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SpecAnalyzers.Model;

namespace SpecAnalyzers.Evaluations
{
    /// <summary>
    /// One key a call site hands to a flag library, and what the analysis found out about it: what the SPEC2xx rules
    /// decide on. A call or attribute naming several keys is one evaluation per key.
    /// </summary>
    /// <param name="Value">The key as the call site writes it.</param>
    /// <param name="Call">The call that evaluates this key alone, which removing the flag rewrites; null when it names several.</param>
    /// <param name="CallSite">The member, lambda or type the call belongs to, for accessibility.</param>
    /// <param name="IsConstant">Whether the key is a compile-time constant (a string or an enum member).</param>
    /// <param name="Key">The constant key; null for a constant <c>null</c> and for a key that is not constant.</param>
    /// <param name="Spec">The spec that declares <paramref name="Key"/>, if any.</param>
    /// <param name="ForwardsWrapperKey">A key that is the evaluation method's own key parameter: the wrapper's callers are checked instead.</param>
    /// <param name="LikelySpec">For a <c>static readonly</c> field that is not constant, the spec of the key its initializer writes.</param>
    internal sealed record FlagEvaluation(
        IOperation Value,
        SyntaxNode? Call,
        ISymbol? CallSite,
        bool IsConstant,
        string? Key,
        SpecModel? Spec,
        bool ForwardsWrapperKey,
        SpecModel? LikelySpec)
    {
        /// <summary>The key is written out as a literal, not through a constant.</summary>
        public bool IsLiteral => Value is ILiteralOperation;

        /// <summary>The key is a parameter of the calling method.</summary>
        public bool IsParameter => Value is IParameterReferenceOperation;

        /// <summary>Where findings about the key itself go.</summary>
        public Location Location => Value.Syntax.GetLocation();
    }
}
