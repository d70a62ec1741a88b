using SpecAnalyzers;

namespace ValidCode.Specs;

// An experiment in its tweak phase, half rolled out, evaluated by its literal key (it declares no key constant).
// Arguments by name, named properties in an unusual order.
[Experiment("smart-shuffle", RolloutPercent = 50, Phase = Phase.Tweak)]
[Owner("discovery-squad")]
[Hypothesis("We believe shuffling by mood for daily listeners will raise offline sessions because skips cluster at mood changes",
    Insight = "Skip logs, 2026-Q1", Goal = typeof(ListenAnywhere))]
[SuccessMetric(metric: typeof(OfflineSessions), MinimumDetectableEffect = 0.03)]
[GuardrailMetric(typeof(PlaybackStartTime), NonInferiorityMargin = 0.01)]
[TweakPlan(plan: "Halve the mood model's size once the effect holds for a month", ReviewBy = "2027-04-15")]
public sealed class SmartShuffle { }
