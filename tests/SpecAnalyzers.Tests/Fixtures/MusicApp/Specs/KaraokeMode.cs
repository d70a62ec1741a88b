using SpecAnalyzers;

namespace MusicApp.Specs;

// Not a spec yet: the parts are written but [FeatureFlag] was forgotten, so nothing reads them (SPEC108).
[Owner("lyrics-squad")]
[Hypothesis("We believe a karaoke mode for lyric readers will raise lyric views because 9% of lyric views happen at parties",
    Goal = typeof(SocialDiscovery))]
public sealed class KaraokeMode { }
