using SpecAnalyzers;

namespace MusicApp;

// A metric sketched in a planning meeting: its name is not dot-separated snake_case (SPEC104) and its unit was
// left for later (SPEC101).
[Metric("Skip Rate", Direction = MetricDirection.Decrease, Unit = "TODO")]
public sealed class SkipRate { }
