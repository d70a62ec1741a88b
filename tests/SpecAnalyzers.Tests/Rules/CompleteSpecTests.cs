using Microsoft.CodeAnalysis.Diagnostics;
using static SpecAnalyzers.Tests.Verifiers.SpecSources;

namespace SpecAnalyzers.Tests.Rules;

/// <summary>Complete specs, written the way the design shows them, meet no rule at all: not even an info.</summary>
public sealed class CompleteSpecTests
{
    private static readonly string[] Sources =
    [
        Catalog,
        $$"""
        using SpecAnalyzers;
        namespace Music
        {
            [Experiment("lyrics-card-share", Phase = Phase.Ship, RolloutPercent = 5)]
        {{CompleteParts}}
            public sealed class LyricsCardShare { }
        }
        """,
        """
        using SpecAnalyzers;
        namespace Music
        {
            [FeatureFlag(Key, Phase = Phase.Build, RemoveBy = "2027-06-30")]
            [Owner("@music/lyrics-squad")]
            [Hypothesis("We believe offline lyrics for commuters will raise lyric views because 30% of sessions start offline",
                Goal = typeof(SocialDiscovery), Insight = "Session logs, 2026-Q3")]
            public sealed partial class OfflineLyrics
            {
                public const string Key = "offline-lyrics";
            }
        }
        """,
        """
        using SpecAnalyzers;
        namespace Music
        {
            [SuccessMetric(typeof(LyricsShareRate), MinimumDetectableEffect = 0.03)]
            [TweakPlan("Trim the offline cache to the 200 most played songs", ReviewBy = "2027-03-01")]
            public sealed partial class OfflineLyrics { }
        }
        """,
    ];

    /// <summary>Every rule but the opt-in SPEC204, which these specs are not evaluated for.</summary>
    [Fact]
    public Task EveryRule_Silent() => RunSilent(SpecRules.Except(["SPEC204"]).ToArray());

    [Fact]
    public Task DuplicateKeys_Silent() => RunSilent("SPEC103");

    private static Task RunSilent(params string[] ruleIds)
    {
        var test = AnalyzerVerifier.Create(ruleIds);
        for (var i = 0; i < Sources.Length; i++)
        {
            test.TestState.Sources.Add(($"/File{i}.cs", Sources[i]));
        }

        test.TestState.AdditionalFiles.Add(("/.github/CODEOWNERS", "* @music/lyrics-squad"));
        return test.RunAsync();
    }
}
