using Microsoft.CodeAnalysis;

namespace SpecAnalyzers.Evaluations
{
    /// <summary>A key evaluated while the compilation declares no spec, with the first call site that evaluates it.</summary>
    internal sealed record UndeclaredKey(string Key, Location FirstCallSite);
}
