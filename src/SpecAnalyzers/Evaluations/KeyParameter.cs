namespace SpecAnalyzers.Evaluations
{
    /// <summary>Where an evaluation method takes its flag key, and how its library compares keys.</summary>
    /// <param name="Ordinal">The position of the key parameter (a string, or a <c>params string[]</c> of keys).</param>
    /// <param name="IgnoresCase">
    /// Microsoft.FeatureManagement (and .NET configuration) finds <c>"Beta"</c> for <c>"beta"</c>; OpenFeature providers
    /// compare ordinally. A call site that works at run time is never reported as undeclared.
    /// </param>
    /// <remarks>A class, not a struct: the dictionaries that hold it then share the framework's precompiled code.</remarks>
    internal sealed record KeyParameter(int Ordinal, bool IgnoresCase);
}
