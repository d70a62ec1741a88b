using SpecAnalyzers;

namespace MusicApp.Specs;

// Copied from AutoplayRadio.cs and never given its own key: two flags that would switch together (SPEC103).
[FeatureFlag("autoplay-radio", Phase = Phase.Think)]
[Owner("radio-squad")]
[Hypothesis("We believe a mix of liked songs after a playlist ends will keep people listening because 20% of sessions end with the playlist",
    Goal = typeof(ListenAnywhere))]
[SuccessMetric(typeof(LyricViews))]
[TweakPlan("Drop the mix for users who stop it twice", ReviewBy = "2027-04-30")]
public sealed class AutoplayMix { }
