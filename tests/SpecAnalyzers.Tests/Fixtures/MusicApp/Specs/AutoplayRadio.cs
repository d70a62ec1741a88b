using SpecAnalyzers;

namespace MusicApp.Specs;

// Incomplete: just a key so far (SPEC001–SPEC004).
[FeatureFlag("autoplay-radio")]
public sealed class AutoplayRadio { }
