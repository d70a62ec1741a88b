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

    /// <summary>
    /// The day every test runs "on" (SPEC106 compares dates with it), so that no test changes as time passes.
    /// Given to each test as a global analyzer config, <see cref="ReferenceDateConfig"/>.
    /// </summary>
    public const string ReferenceDate = "2026-11-01";

    public const string ReferenceDateConfigPath = "/.globalconfig";

    public static readonly (string Path, string Content) ReferenceDateConfig = (ReferenceDateConfigPath, $"""
        is_global = true
        spec_analyzers.reference_date = {ReferenceDate}
        """);

    /// <summary>What projects targeting net10.0 compile against, e.g. the valid-code project; 10.0.12 is served here.</summary>
    public static readonly ReferenceAssemblies Net100 = new(
        "net10.0",
        new PackageIdentity("Microsoft.NETCore.App.Ref", "10.0.12"),
        Path.Combine("ref", "net10.0"));

    public static readonly MetadataReference Annotations =
        MetadataReference.CreateFromFile(typeof(FeatureFlagAttribute).Assembly.Location);
}
