namespace SpecAnalyzers.PackageTests.Infrastructure;

/// <summary>
/// Every package test shares one packed package, and runs one at a time: each starts several <c>dotnet</c>
/// processes, and the machine has few cores.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>
{
    public const string Name = "SpecAnalyzers package";
}
