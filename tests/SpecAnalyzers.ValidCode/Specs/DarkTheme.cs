using SpecAnalyzers;

namespace ValidCode.Specs;

// Retired: the flag is gone from the code and the spec records the decision that ended it.
[FeatureFlag("dark-theme", Phase = Phase.Retired, Outcome = Outcome.Shipped, RemoveBy = "2027-01-31")]
[Owner("design-systems")]
[Hypothesis("We believe a dark theme for night listeners will raise offline sessions because 22% of sessions start after 10 pm",
    Goal = typeof(ListenAnywhere))]
[SuccessMetric(typeof(OfflineSessions), MinimumDetectableEffect = 0.01)]
[TweakPlan("Keep one dark palette; drop the high-contrast variant", ReviewBy = "2027-01-15")]
public sealed class DarkTheme { }
