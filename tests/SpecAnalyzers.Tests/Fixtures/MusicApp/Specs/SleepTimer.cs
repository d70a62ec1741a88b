using SpecAnalyzers;

namespace MusicApp.Specs;

// Incomplete: written in a hurry, with no owner and no plan for after launch (SPEC003, SPEC004), and configured
// under a misspelt name in appsettings.json, so the flag is always off (SPEC402).
[FeatureFlag("sleep-timer", Phase = Phase.Build)]
[Hypothesis("We believe a sleep timer for late-night listeners will raise night sessions because 8% of night sessions end with the app force-closed")]
[SuccessMetric(typeof(LyricViews))]
public sealed class SleepTimer { }
