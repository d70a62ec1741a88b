using SpecAnalyzers;

namespace MusicApp.Specs;

// Incomplete: written in a hurry, with no owner and no plan for after launch (SPEC003, SPEC004).
[FeatureFlag("sleep-timer", Phase = Phase.Build)]
[Hypothesis("We believe a sleep timer for late-night listeners will raise night sessions because 8% of night sessions end with the app force-closed")]
[SuccessMetric(typeof(LyricViews))]
public sealed class SleepTimer { }
