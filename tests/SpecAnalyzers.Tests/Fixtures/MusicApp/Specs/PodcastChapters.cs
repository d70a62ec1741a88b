using SpecAnalyzers;

namespace MusicApp.Specs;

// Incomplete: an owner and a plan, but nobody wrote down what we believe or how we will know (SPEC001, SPEC002).
[Experiment("podcast-chapters", Phase = Phase.Think)]
[Owner("podcast-squad")]
[TweakPlan("Drop chapter thumbnails if they slow playback start", ReviewBy = "2027-04-15")]
public sealed class PodcastChapters { }
