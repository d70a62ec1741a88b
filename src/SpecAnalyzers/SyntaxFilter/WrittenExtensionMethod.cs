namespace SpecAnalyzers.SyntaxFilter
{
    /// <summary>An extension method as written: <c>IsOnAsync(this IFeatureManager features, string key)</c> is <c>IsOnAsync</c> on <c>IFeatureManager</c>.</summary>
    /// <param name="ExtendedTypeName">The simple name of the <c>this</c> parameter's type, as written.</param>
    internal sealed record WrittenExtensionMethod(string Name, string ExtendedTypeName);
}
