using SpecAnalyzers;

namespace MusicApp.Specs;

// Numbers that cannot be right: a key in the wrong case (SPEC104), 150% of users (SPEC302), a negative minimum
// detectable effect, the success metric reused as its own guardrail (SPEC303), and no eligible users (SPEC307).
// appsettings.json rolls out 50% (SPEC403) in the .NET schema, which has no telemetry for the experiment (SPEC406).
[Experiment("Home_Shelves", Phase = Phase.Tweak, RolloutPercent = 150, EligibleUsersPerDay = 0)]
[Owner("discovery-squad")]
[Hypothesis("We believe shelves of friends' lyric cards on the home screen will raise shares because shared cards are opened 3x more than suggested ones",
    Goal = typeof(SocialDiscovery))]
[SuccessMetric(typeof(LyricsShareRate), MinimumDetectableEffect = -0.05)]
[GuardrailMetric(typeof(LyricsShareRate), NonInferiorityMargin = 0.01)]
[TweakPlan("Cap the shelves at three rows if scroll depth drops", ReviewBy = "2027-03-31")]
public sealed class HomeShelves { }
