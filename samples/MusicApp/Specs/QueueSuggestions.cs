using SpecAnalyzers;

namespace MusicApp.Specs;

// Hollow: every part is there, but rushed out to users. Shipped with no guardrail and no rollout share
// (SPEC301, SPEC302), the owner is still a placeholder (SPEC101), it measures a type that is not a metric
// (SPEC102, with the fix "Mark 'SessionLength' as metric") and its hypothesis serves no goal (SPEC304). Its
// configuration has no telemetry, so its results cannot be analysed (SPEC406).
[Experiment("queue-suggestions", Phase = Phase.Ship)]
[Owner("TBD")]
[Hypothesis("We believe suggesting songs when the queue runs out will lengthen sessions because 35% of sessions end with an empty queue")]
[SuccessMetric(typeof(SessionLength), MinimumDetectableEffect = 0.03)]
[TweakPlan("Stop suggesting songs that are skipped within 10 seconds", ReviewBy = "2027-01-15")]
public sealed class QueueSuggestions { }

/// <summary>Listening minutes per session, as the player reports them.</summary>
public sealed class SessionLength { }
