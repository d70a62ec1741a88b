using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace SpecAnalyzers.Tests.Verifiers;

/// <summary>What every test compilation references: the .NET 8 reference pack and the SpecAnalyzers annotations.</summary>
internal static class TestReferences
{
    /// <summary>
    /// <c>ReferenceAssemblies.Net.Net80</c> asks for Microsoft.NETCore.App.Ref 8.0.0, which the package feed here
    /// does not serve; 8.0.28 is served and equivalent for analysis.
    /// </summary>
    public static readonly ReferenceAssemblies Net80 = new(
        "net8.0",
        new PackageIdentity("Microsoft.NETCore.App.Ref", "8.0.28"),
        Path.Combine("ref", "net8.0"));

    /// <summary>What projects targeting net10.0 compile against, e.g. the valid-code project; 10.0.12 is served here.</summary>
    public static readonly ReferenceAssemblies Net100 = new(
        "net10.0",
        new PackageIdentity("Microsoft.NETCore.App.Ref", "10.0.12"),
        Path.Combine("ref", "net10.0"));

    public static readonly MetadataReference Annotations =
        MetadataReference.CreateFromFile(typeof(FeatureFlagAttribute).Assembly.Location);
}
