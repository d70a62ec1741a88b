using SpecAnalyzers;

namespace MusicApp.Specs;

[SuccessMetric(typeof(LyricViews), MinimumDetectableEffect = 0.03)]
[TweakPlan("Trim the offline cache to the 200 most played songs", ReviewBy = "2027-03-01")]
public sealed partial class OfflineLyrics
{
    public static int CacheSize => 500;
}
