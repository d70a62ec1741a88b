using SpecAnalyzers;

namespace MusicApp.Specs;

// Complete, and spread over two files: the metric and plan live with the download code in OfflineLyrics.Download.cs.
[FeatureFlag(Key, Phase = Phase.Build, RemoveBy = "2027-06-30")]
[Owner("lyrics-squad")]
[Hypothesis("We believe offline lyrics for commuters will raise lyric views because 30% of sessions start offline",
    Goal = typeof(ListenAnywhere), Insight = "Session logs, 2026-Q3")]
public sealed partial class OfflineLyrics
{
    public const string Key = "offline-lyrics";
}
