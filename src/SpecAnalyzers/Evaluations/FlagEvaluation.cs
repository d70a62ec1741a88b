using Microsoft.CodeAnalysis;
using SpecAnalyzers.Model;

namespace SpecAnalyzers.Evaluations
{
    /// <summary>
    /// One key a call site hands to a flag library, and what the analysis found out about it: what the SPEC2xx rules
    /// decide on. A call, attribute or Razor tag naming several keys is one evaluation per key.
    /// </summary>
    /// <param name="Location">Where the key is written: findings about the key itself go there.</param>
    /// <param name="WrittenKey">The key as the call site writes it (<c>flagName</c>, <c>"dark-mode"</c>).</param>
    /// <param name="IsLiteral">The key is written out as a C# literal, which the spec's <c>Key</c> constant could replace.</param>
    /// <param name="IsParameter">The key is a parameter of the calling method.</param>
    /// <param name="Call">The call that evaluates this key alone, which removing the flag rewrites; null when it names several.</param>
    /// <param name="CallSite">The member, lambda or type the call belongs to, for accessibility; null outside C#.</param>
    /// <param name="IsConstant">Whether the key is a compile-time constant (a string or an enum member).</param>
    /// <param name="Key">The constant key; null for a constant <c>null</c> and for a key that is not constant.</param>
    /// <param name="IgnoresCase">Whether the library finds the flag whatever the key's case (Microsoft.FeatureManagement).</param>
    /// <param name="Spec">The spec the library finds for <paramref name="Key"/>, if any.</param>
    /// <param name="ForwardsWrapperKey">A key that is the evaluation method's own key parameter: the wrapper's callers are checked instead.</param>
    /// <param name="LikelySpec">For a <c>static readonly</c> field that is not constant, the spec of the key its initializer writes.</param>
    internal sealed record FlagEvaluation(
        Location Location,
        string WrittenKey,
        bool IsLiteral,
        bool IsParameter,
        SyntaxNode? Call,
        ISymbol? CallSite,
        bool IsConstant,
        string? Key,
        bool IgnoresCase,
        SpecModel? Spec,
        bool ForwardsWrapperKey,
        SpecModel? LikelySpec);
}
