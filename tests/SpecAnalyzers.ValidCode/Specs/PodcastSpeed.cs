using SpecAnalyzers;

namespace ValidCode.Specs;

// A record spec: an experiment still being built, so no rollout yet.
[Experiment(Key, Phase = Phase.Build)]
[Owner("podcast-squad")]
[Hypothesis("We believe variable speed for podcast listeners will raise offline sessions because 18% of episodes are abandoned in the first minute",
    Goal = typeof(ListenAnywhere))]
[SuccessMetric(typeof(OfflineSessions), MinimumDetectableEffect = 0.04)]
[GuardrailMetric(typeof(CrashRate), NonInferiorityMargin = 0.001)]
[TweakPlan("Remove the 3x speed if fewer than 1% use it", ReviewBy = "2027-08-01")]
public sealed record PodcastSpeed(double DefaultSpeed)
{
    public const string Key = "podcast-speed";
}
