using SpecAnalyzers;

namespace MusicApp.Specs;

// Complete: every part is there, so SpecAnalyzers has nothing to say.
[Experiment("lyrics-card-share", Phase = Phase.Ship, RolloutPercent = 5)]
[Owner("lyrics-squad")]
[Hypothesis("We believe that sharing lyric cards will raise shares because 12% of lyric views end in a screenshot",
    Goal = typeof(SocialDiscovery))]
[SuccessMetric(typeof(LyricsShareRate), MinimumDetectableEffect = 0.02)]
[GuardrailMetric(typeof(CrashRate), NonInferiorityMargin = 0.001)]
[TweakPlan("Cut card render time below 50 ms; drop unused card themes", ReviewBy = "2027-02-01")]
public sealed class LyricsCardShare
{
    public const string Key = "lyrics-card-share";
}
