using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SpecAnalyzers.Tests.Verifiers;

namespace SpecAnalyzers.Tests.Evaluations;

/// <summary>
/// A library's types are looked up in the project's source and in the library's own assemblies only (its name, or its
/// name followed by a dot and more), as SPEC201's page says: never in the two hundred other references.
/// </summary>
public sealed class LibraryTypesTests
{
    private const string Library = "Microsoft.FeatureManagement";
    private const string FeatureManager = "Microsoft.FeatureManagement.IFeatureManager";
    private const string FeatureManagerSource = "namespace Microsoft.FeatureManagement { public interface IFeatureManager { } }";

    private static readonly ImmutableArray<MetadataReference> CoreLibrary =
        [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)];

    [Theory]
    [InlineData("Microsoft.FeatureManagement")]
    [InlineData("Microsoft.FeatureManagement.AspNetCore")]
    public void TypeInLibraryAssembly_Found(string assemblyName)
    {
        var found = LibraryTypes.Find(CompilationReferencing(assemblyName, FeatureManagerSource), Library, FeatureManager);

        Assert.NotNull(found);
        Assert.Equal(assemblyName, found.ContainingAssembly.Identity.Name);
    }

    [Theory]
    [InlineData("Contoso.Shims")]
    [InlineData("Microsoft.FeatureManagementExtras")]
    public void TypeInOtherAssembly_NotFound(string assemblyName) =>
        Assert.Null(LibraryTypes.Find(CompilationReferencing(assemblyName, FeatureManagerSource), Library, FeatureManager));

    [Fact]
    public void TypeInSource_Found()
    {
        var compilation = CSharpCompilation.Create("App", [CSharpSyntaxTree.ParseText(FeatureManagerSource)], CoreLibrary);

        Assert.Equal("App", LibraryTypes.Find(compilation, Library, FeatureManager)?.ContainingAssembly.Identity.Name);
    }

    [Fact]
    public void TypeNowhere_NotFound() =>
        Assert.Null(LibraryTypes.Find(CompilationReferencing(Library, "namespace Microsoft.FeatureManagement { public interface IOther { } }"), Library, FeatureManager));

    private static CSharpCompilation CompilationReferencing(string assemblyName, string librarySource) =>
        CSharpCompilation.Create(
            "App",
            [CSharpSyntaxTree.ParseText("public sealed class Player { }")],
            CoreLibrary.Add(EmittedLibrary.Create(assemblyName, librarySource, CoreLibrary)));
}
