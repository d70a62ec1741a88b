using SpecAnalyzers;

namespace MusicApp.Specs;

// Stale: the experiment ended in the spring and the flag is still in the code past its RemoveBy (SPEC106).
// Its owner left the owners registry when the audio team merged into playback-squad (SPEC107), and its
// review date was never a real day (SPEC105). appsettings.json still configures it (SPEC404).
[FeatureFlag("legacy-equalizer", Phase = Phase.Retired, Outcome = Outcome.Shipped, RemoveBy = "2026-04-30")]
[Owner("audio-team")]
[Hypothesis("We believe a ten-band equalizer for headphone listeners will raise listening time because EQ is the most searched setting",
    Goal = typeof(ListenAnywhere))]
[SuccessMetric(typeof(PlaybackStartTime), MinimumDetectableEffect = 0.05)]
[TweakPlan("Remove the five-band presets", ReviewBy = "2026-02-30")]
public sealed class LegacyEqualizer { }
