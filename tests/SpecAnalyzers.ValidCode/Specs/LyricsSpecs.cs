using Flag = SpecAnalyzers.FeatureFlagAttribute;
using Owns = SpecAnalyzers.OwnerAttribute;

namespace ValidCode.Specs;

// Specs nested in a container, written with aliases, fully qualified names, attribute names spelled out,
// several attributes in one list, and text assembled from constants.
public static class LyricsSpecs
{
    private const string Squad = "lyrics-squad";
    private const string Because = " because 12% of lyric views end in a screenshot";

    [Flag(Key, Phase = global::SpecAnalyzers.Phase.Think), Owns(Squad)]
    [global::SpecAnalyzers.HypothesisAttribute("We believe lyric cards for sharers will raise conversion" + Because,
        Goal = typeof(GrowConversion))]
    [SpecAnalyzers.SuccessMetric(typeof(CheckoutConversion), MinimumDetectableEffect = 0.02)]
    [SpecAnalyzers.TweakPlanAttribute(plan: "Drop unused card themes", ReviewBy = "2027-05-01")]
    public sealed class LyricCards
    {
        public const string Key = "lyric-cards";
    }
}
