using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SpecAnalyzers.CodeFixes.RetiredFlags;

namespace SpecAnalyzers.Tests.CodeFixes;

/// <summary>
/// The text pre-filter of the configuration cleanups: a key is ruled out (no analysis run) only when the project's C#
/// writes it solely as a spec's key; anything that could make the key keeps the analysis.
/// </summary>
public sealed class KeyMentionsTests
{
    private const string Spec = """
        using SpecAnalyzers;
        [FeatureFlag("old-player", Phase = Phase.Retired, Outcome = Outcome.Shipped)]
        public sealed class OldPlayer { }
        """;

    [Fact]
    public async Task OnlyTheSpecWritesTheKey_RuledOut() =>
        Assert.Empty(await MayBeEvaluatedAsync(["old-player"], Spec, """public sealed class Player { public string Name = "old-player-v2"; }"""));

    [Theory]
    [InlineData("""public static class Keys { public const string Player = "Old-Player"; }""")]
    [InlineData("""public static class Keys { public const string Player = "old\u002Dplayer"; }""")]
    [InlineData("""public static class Keys { public const string Player = Prefix + "-player"; private const string Prefix = "o" + "ld"; }""")]
    [InlineData("""public static class Keys { private const string Prefix = "ol"; public const string Player = $"{Prefix}d-player"; }""")]
    [InlineData(""""public static class Keys { public const string Player = """old-player"""; }"""")]
    public async Task AnotherTokenCouldMakeTheKey_Kept(string source) =>
        Assert.Equal(["old-player"], await MayBeEvaluatedAsync(["old-player"], Spec, source));

    /// <summary><c>nameof</c> and enum members make keys from identifiers.</summary>
    [Fact]
    public async Task IdentifierSpelledLikeTheKey_Kept() =>
        Assert.Equal(["OldPlayer"], await MayBeEvaluatedAsync(
            ["OldPlayer"],
            """
            using SpecAnalyzers;
            [FeatureFlag("OldPlayer", Phase = Phase.Retired)]
            public sealed class OldPlayer { }
            """));

    /// <summary>A spec the project does not declare comes from a reference, where a constant may hold its key.</summary>
    [Fact]
    public async Task KeyNoSpecOfTheProjectDeclares_Kept() =>
        Assert.Equal(["shared-flag"], await MayBeEvaluatedAsync(["shared-flag"], Spec));

    /// <summary>An attribute that is not a spec's, or a spec's named argument, does not declare the key.</summary>
    [Theory]
    [InlineData("""[System.Obsolete("old-player")] public sealed class Player { }""")]
    [InlineData("""[SpecAnalyzers.Owner("old-player")] public sealed class Player { }""")]
    public async Task KeyInAnotherAttribute_Kept(string source) =>
        Assert.Equal(["old-player"], await MayBeEvaluatedAsync(["old-player"], Spec, source));

    [Fact]
    public async Task RazorViewNamingTheKey_Kept()
    {
        var project = (await TestProject.CreateAsync(Spec))
            .AddAdditionalDocument("Index.cshtml", SourceText.From("""<feature name="Old-Player"><p>new player</p></feature>"""), filePath: "Views/Index.cshtml").Project;

        Assert.Equal(["old-player"], await KeyMentions.MayBeEvaluatedAsync(project, ["old-player"], CancellationToken.None));
    }

    [Fact]
    public async Task SeveralKeys_EachJudgedOnItsOwn() =>
        Assert.Equal(
            ["dark-mode"],
            await MayBeEvaluatedAsync(
                ["old-player", "dark-mode"],
                Spec,
                """
                using SpecAnalyzers;
                [Experiment("dark-mode", Phase = Phase.Retired)]
                public sealed class DarkMode { public const string Key = "dark-mode"; }
                """));

    private static async Task<List<string>> MayBeEvaluatedAsync(string[] keys, params string[] sources) =>
        await KeyMentions.MayBeEvaluatedAsync(await TestProject.CreateAsync(sources), keys, CancellationToken.None);
}
