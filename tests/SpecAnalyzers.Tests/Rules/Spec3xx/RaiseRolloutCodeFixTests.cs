using SpecAnalyzers.CodeFixes;
using SpecAnalyzers.Tests.CodeFixes;

namespace SpecAnalyzers.Tests.Rules.Spec3xx;

/// <summary>
/// SPEC306's fix, "Raise RolloutPercent to N%": one diagnostic at a time and as Fix All in document, project and
/// solution (the harness runs every mode against the fixed code). Reference date 2026-11-01; the days per rollout
/// are those of <see cref="SampleSizeOutOfReachTests"/> (8% fits 5 days, 6% fits 7).
/// </summary>
public sealed class RaiseRolloutCodeFixTests
{
    private const string Rule = "SPEC306";

    [Fact]
    public Task LiteralRollout_RaisedToTheSmallestPercentThatFits() =>
        VerifyAsync(["""
            using SpecAnalyzers;
            namespace Music
            {
                [Experiment("lyrics-card-share", Phase = Phase.Ship, RolloutPercent = {|SPEC306:5|}, EligibleUsersPerDay = 80_000)]
                [SuccessMetric(typeof(CardShareRate), MinimumDetectableEffect = 0.05)]
                [TweakPlan("Cut card render time", ReviewBy = "2026-11-06")]
                public sealed class LyricsCardShare { }
            }
            """], ["""
            using SpecAnalyzers;
            namespace Music
            {
                [Experiment("lyrics-card-share", Phase = Phase.Ship, RolloutPercent = 8, EligibleUsersPerDay = 80_000)]
                [SuccessMetric(typeof(CardShareRate), MinimumDetectableEffect = 0.05)]
                [TweakPlan("Cut card render time", ReviewBy = "2026-11-06")]
                public sealed class LyricsCardShare { }
            }
            """]);

    [Fact]
    public Task FixAll_EveryExperimentInEveryFile_ConstantsReplacedByTheNumber_LayoutKept() =>
        VerifyAsync(["""
            using SpecAnalyzers;
            namespace Music
            {
                internal static class Rollouts { public const int Pilot = 5; }

                [Experiment("lyrics-card-share",
                    RolloutPercent = {|SPEC306:Rollouts.Pilot|} /* pilot */,
                    EligibleUsersPerDay = 80_000)]
                [SuccessMetric(typeof(CardShareRate), MinimumDetectableEffect = 0.05)]
                [TweakPlan("Cut card render time", ReviewBy = "2026-11-06")]
                public sealed class LyricsCardShare { }

                [Experiment("podcast-chapters", RolloutPercent = {|SPEC306:5|}, EligibleUsersPerDay = 80_000, RemoveBy = "2026-11-08")]
                [SuccessMetric(typeof(CardShareRate), MinimumDetectableEffect = 0.05)]
                public sealed class PodcastChapters { }
            }
            """, """
            using Exp = SpecAnalyzers.ExperimentAttribute;
            namespace Music
            {
            	[Exp("radio-autoplay", RolloutPercent = {|SPEC306:5|}, EligibleUsersPerDay = 80_000, RemoveBy = "2026-11-07")]
            	[SpecAnalyzers.SuccessMetric(typeof(CardShareRate), MinimumDetectableEffect = 0.05)]
            	public sealed partial class RadioAutoplay { }
            }
            """], ["""
            using SpecAnalyzers;
            namespace Music
            {
                internal static class Rollouts { public const int Pilot = 5; }

                [Experiment("lyrics-card-share",
                    RolloutPercent = 8 /* pilot */,
                    EligibleUsersPerDay = 80_000)]
                [SuccessMetric(typeof(CardShareRate), MinimumDetectableEffect = 0.05)]
                [TweakPlan("Cut card render time", ReviewBy = "2026-11-06")]
                public sealed class LyricsCardShare { }

                [Experiment("podcast-chapters", RolloutPercent = 6, EligibleUsersPerDay = 80_000, RemoveBy = "2026-11-08")]
                [SuccessMetric(typeof(CardShareRate), MinimumDetectableEffect = 0.05)]
                public sealed class PodcastChapters { }
            }
            """, """
            using Exp = SpecAnalyzers.ExperimentAttribute;
            namespace Music
            {
            	[Exp("radio-autoplay", RolloutPercent = 7, EligibleUsersPerDay = 80_000, RemoveBy = "2026-11-07")]
            	[SpecAnalyzers.SuccessMetric(typeof(CardShareRate), MinimumDetectableEffect = 0.05)]
            	public sealed partial class RadioAutoplay { }
            }
            """]);

    [Fact]
    public async Task NoRolloutFits_NoFixOffered()
    {
        // The light bulb runs without a pinned reference date, so the window is today to 2099. One user a day: even
        // the fastest split takes 115,518 days (mpmath reference), centuries past 2099.
        var titles = await OfferedFixes.TitlesAsync(new RaiseRolloutCodeFix(), Rule, PowerSources.Metrics, """
            using SpecAnalyzers;
            namespace Music
            {
                [Experiment("lyrics-card-share", RolloutPercent = 5, EligibleUsersPerDay = 1)]
                [SuccessMetric(typeof(CardShareRate), MinimumDetectableEffect = 0.05)]
                [TweakPlan("Cut card render time", ReviewBy = "2099-01-01")]
                public sealed class LyricsCardShare { }
            }
            """);

        Assert.Empty(titles);
    }

    [Fact]
    public async Task OneFits_TitleNamesThePercent()
    {
        // The window is today to 2099 (about 26,000 days until the 2040s). At 80 users a day, 1% needs 29,790 users
        // over 37,238 days and 2% needs 30,081 over 18,801 (mpmath references): 2% is the smallest that fits.
        var titles = await OfferedFixes.TitlesAsync(new RaiseRolloutCodeFix(), Rule, PowerSources.Metrics, """
            using SpecAnalyzers;
            namespace Music
            {
                [Experiment("lyrics-card-share", RolloutPercent = 1, EligibleUsersPerDay = 80)]
                [SuccessMetric(typeof(CardShareRate), MinimumDetectableEffect = 0.05)]
                [TweakPlan("Cut card render time", ReviewBy = "2099-01-01")]
                public sealed class LyricsCardShare { }
            }
            """);

        Assert.Equal(["Raise RolloutPercent to 2%"], titles);
    }

    private static Task VerifyAsync(string[] sources, string[] fixedSources)
    {
        var test = CodeFixVerifier<RaiseRolloutCodeFix>.Create(Rule);
        test.TestState.Sources.Add(("/0/Metrics.cs", PowerSources.Metrics));
        test.FixedState.Sources.Add(("/0/Metrics.cs", PowerSources.Metrics));
        for (var i = 0; i < sources.Length; i++)
        {
            test.TestState.Sources.Add(($"/0/File{i}.cs", sources[i]));
            test.FixedState.Sources.Add(($"/0/File{i}.cs", fixedSources[i]));
        }

        return test.RunAsync();
    }
}
