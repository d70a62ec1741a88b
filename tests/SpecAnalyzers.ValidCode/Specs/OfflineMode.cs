using SpecAnalyzers;

namespace ValidCode.Specs;

// A feature flag spread over two files: the spec attribute, owner and hypothesis here, the metric and the plan
// beside the download code in OfflineMode.Download.cs.
[FeatureFlag(Key, Phase = Phase.Build, RemoveBy = "2027-06-30")]
[Owner("playback-squad")]
[Hypothesis("We believe offline mode for commuters will raise offline sessions because 30% of sessions start without a network",
    Goal = typeof(ListenAnywhere))]
public sealed partial class OfflineMode
{
    public const string Key = "offline-mode";
}
