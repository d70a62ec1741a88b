using SpecAnalyzers;

namespace MusicApp.Specs;

// Retired: the experiment shipped, but PlaybackService still evaluates its flag (SPEC203, whose fix removes it).
[FeatureFlag(Key, Phase = Phase.Retired, Outcome = Outcome.Shipped)]
[Owner("playback-squad")]
[Hypothesis("We believe shuffling by mood for daily listeners will cut skips because 40% of skips follow a tempo jump",
    Goal = typeof(SocialDiscovery))]
[SuccessMetric(typeof(PlaybackStartTime), MinimumDetectableEffect = 0.05)]
[TweakPlan("Drop the mood model once shuffle ships to everyone", ReviewBy = "2026-12-15")]
public sealed class SmartShuffle
{
    public const string Key = "smart-shuffle";
}
