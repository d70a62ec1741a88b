namespace SpecAnalyzers.Tests.Rules.Spec1xx;

/// <summary>SPEC107: the owner must be in the owners registry, when owners.txt, *.owners or CODEOWNERS is an AdditionalFile.</summary>
public sealed class UnknownOwnerTests
{
    private const string Rule = "SPEC107";
    private const string Flag = "Feature flag 'offline-lyrics' (OfflineLyrics)";

    private const string OwnersList = """
        # Teams that may own a spec
        lyrics-squad
          podcast-squad   # since 2026-04
        # radio-squad (disbanded)

        @ana
        """;

    private const string CodeOwners = """
        # Lines are: path pattern, then owners
        *                    @music/platform
        /src/Lyrics/         @music/lyrics-squad @ana
        /src/Radio/          bob@example.com
        docs/\#notes.md      @music/docs
        /src/Unowned/
        [Playback] @music/playback-squad
        """;

    [Fact]
    public Task NoRegistry_NoDiagnostic() =>
        RuleVerifier.VerifyAsync(Rule, Spec("nobody-knows"));

    [Theory]
    [InlineData("lyrics-squad")]
    [InlineData("Lyrics-Squad")]
    [InlineData("podcast-squad")]
    [InlineData("ana")]
    [InlineData("@ana")]
    public Task OwnerInOwnersList_NoDiagnostic(string owner) =>
        Run(Spec(owner), ("/owners.txt", OwnersList));

    [Theory]
    [InlineData("radio-squad")]
    [InlineData("lyrics")]
    [InlineData("lyrics-squad-2")]
    public Task OwnerMissingFromOwnersList_ReportedOnOwner(string owner) =>
        Run(Spec(owner), [("/owners.txt", OwnersList)],
            RuleVerifier.Diagnostic(Rule).WithLocation(0).WithArguments(Flag, owner, "owners.txt"));

    [Theory]
    [InlineData("@music/lyrics-squad")]
    [InlineData("music/lyrics-squad")]
    [InlineData("lyrics-squad")]
    [InlineData("@Music/Platform")]
    [InlineData("ana")]
    [InlineData("bob@example.com")]
    [InlineData("playback-squad")]
    public Task OwnerInCodeOwners_NoDiagnostic(string owner) =>
        Run(Spec(owner), ("/.github/CODEOWNERS", CodeOwners));

    [Theory]
    [InlineData("@bob")]
    [InlineData("src/Lyrics/")]
    [InlineData("music/docs-team")]
    [InlineData("Playback]")]
    public Task OwnerMissingFromCodeOwners_Reported(string owner) =>
        Run(Spec(owner), [("/.github/CODEOWNERS", CodeOwners)],
            RuleVerifier.Diagnostic(Rule).WithLocation(0).WithArguments(Flag, owner, "CODEOWNERS"));

    [Fact]
    public Task SeveralRegistries_UnionCountsAndMessageNamesThem() =>
        Run("""
            using SpecAnalyzers;
            [FeatureFlag("offline-lyrics")]
            [Owner("@music/platform")]
            public sealed class OfflineLyrics { }

            [FeatureFlag("podcast-chapters")]
            [Owner("podcast-squad")]
            public sealed partial class PodcastChapters { }

            [FeatureFlag("sleep-timer")]
            [Owner({|#0:"night-squad"|})]
            public sealed class SleepTimer { }
            """,
            [("/teams/audio.owners", "podcast-squad"), ("/CODEOWNERS", CodeOwners), ("/README.txt", "night-squad")],
            RuleVerifier.Diagnostic(Rule).WithLocation(0).WithArguments("Feature flag 'sleep-timer' (SleepTimer)", "night-squad", "audio.owners, CODEOWNERS"));

    [Fact]
    public Task ConstantOwnerInPartialFileThroughAlias_ReportedOnConstant() =>
        Run([Spec("lyrics-squad").Replace("[Owner({|#0:\"lyrics-squad\"|})]", "", StringComparison.Ordinal), """
            using Owns = SpecAnalyzers.OwnerAttribute;
            internal static class Teams { public const string Radio = "radio-" + "squad"; }

            [Owns({|#0:Teams.Radio|})]
            public sealed partial class OfflineLyrics { }
            """],
            [("/owners.txt", OwnersList)],
            RuleVerifier.Diagnostic(Rule).WithLocation(0).WithArguments(Flag, "radio-squad", "owners.txt"));

    [Theory]
    [InlineData("TODO: owner")]
    [InlineData("TBD")]
    [InlineData("")]
    public Task BlankOrPlaceholderOwner_LeftToSpec101(string owner) =>
        Run(Spec(owner), ("/owners.txt", OwnersList));

    [Fact]
    public Task EmptyRegistryFile_EveryOwnerReported() =>
        Run(Spec("lyrics-squad"), [("/owners.txt", "# nobody yet\n")],
            RuleVerifier.Diagnostic(Rule).WithLocation(0).WithArguments(Flag, "lyrics-squad", "owners.txt"));

    private static string Spec(string owner) => $$"""
        using SpecAnalyzers;
        [FeatureFlag("offline-lyrics")]
        [Owner({|#0:"{{owner}}"|})]
        public sealed partial class OfflineLyrics { }
        """;

    private static Task Run(string source, (string Path, string Content) registry) => Run([source], [registry]);

    private static Task Run(string source, (string Path, string Content)[] registries, params Microsoft.CodeAnalysis.Testing.DiagnosticResult[] expected) =>
        Run([source], registries, expected);

    private static Task Run(string[] sources, (string Path, string Content)[] registries, params Microsoft.CodeAnalysis.Testing.DiagnosticResult[] expected)
    {
        var test = RuleVerifier.Create(Rule, sources);
        foreach (var registry in registries)
        {
            test.TestState.AdditionalFiles.Add(registry);
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
