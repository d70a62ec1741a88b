using SpecAnalyzers;

namespace ValidCode.Specs;

[SuccessMetric(typeof(OfflineSessions), MinimumDetectableEffect = 0.05)]
[TweakPlan("Trim the download cache to the 200 most played songs", ReviewBy = "2027-03-01")]
public sealed partial class OfflineMode
{
    public static int CacheSize => 500;
}
