namespace SpecAnalyzers.Tests.Rules.Spec2xx;

/// <summary>Specs declared in a referenced assembly, read from its metadata: the shared-library setup most teams have.</summary>
public sealed class ReferencedSpecLibraryTests
{
    private const string Usings = """
        using System.Threading.Tasks;
        using Microsoft.FeatureManagement;

        """;

    [Fact]
    public async Task TypoOfReferencedKey_SuggestsIt()
    {
        var compilation = await FlagCompilations.CreateWithSpecLibraryAsync(Usings + """
            public sealed class Player
            {
                public Task<bool> M(IFeatureManager features) => features.IsEnabledAsync("dark-mdoe");
            }
            """);

        var diagnostic = Assert.Single(await FlagCompilations.AnalyzeAsync(compilation));
        Assert.Equal("Flag key 'dark-mdoe' is not declared by any spec: did you mean 'dark-mode'?", diagnostic.GetMessage());
    }

    [Fact]
    public async Task DeclaredInReference_NotReported()
    {
        var compilation = await FlagCompilations.CreateWithSpecLibraryAsync(Usings + """
            public sealed class Player
            {
                public Task<bool> M(IFeatureManager features) => features.IsEnabledAsync(Music.Specs.OfflineLyrics.Key);
            }
            """);

        Assert.Empty(await FlagCompilations.AnalyzeAsync(compilation));
    }

    [Fact]
    public async Task RetiredInReference_ReportedWithOutcome()
    {
        var compilation = await FlagCompilations.CreateWithSpecLibraryAsync(Usings + """
            public sealed class Player
            {
                public async Task<bool> M(IFeatureManager features) => await features.IsEnabledAsync("autoplay-radio");
            }
            """);

        var diagnostic = Assert.Single(await FlagCompilations.AnalyzeAsync(compilation));
        Assert.Equal("SPEC203", diagnostic.Id);
        Assert.Equal("RolledBack", diagnostic.Properties["Outcome"]);
    }

    [Fact]
    public async Task LiteralOfReferencedSpecWithConstant_SuggestsTheConstant()
    {
        var compilation = await FlagCompilations.CreateWithSpecLibraryAsync(Usings + """
            public sealed class Player
            {
                public Task<bool> M(IFeatureManager features) => features.IsEnabledAsync("lyrics-card-share");
            }
            """);

        var diagnostic = Assert.Single(await FlagCompilations.AnalyzeAsync(compilation));
        Assert.Equal("SPEC205", diagnostic.Id);
        Assert.Equal("global::Music.Specs.LyricsCardShare.Key", diagnostic.Properties["KeyConstant"]);
    }

    [Fact]
    public async Task NoAnnotationsReferenced_NothingChecked()
    {
        var compilation = (await FlagCompilations.CreateAsync(Usings + """
            public sealed class Player
            {
                public Task<bool> M(IFeatureManager features) => features.IsEnabledAsync("anything-at-all");
            }
            """)).RemoveReferences(Verifiers.TestReferences.Annotations);

        Assert.Empty(await FlagCompilations.AnalyzeAsync(compilation));
    }

    [Fact]
    public async Task NoFlagLibrary_NothingRegistered()
    {
        var compilation = await FlagCompilations.CreateAsync(
            FlagSpecs.Catalog,
            "public sealed class Cache { public bool IsEnabledAsync(string feature) => true; public bool M() => IsEnabledAsync(\"x\"); }");
        var withoutLibraries = compilation.RemoveReferences(FlagLibraries.FeatureManagement);

        Assert.Empty(await FlagCompilations.AnalyzeAsync(withoutLibraries));
    }
}
