using SpecAnalyzers;

namespace MusicApp.Specs;

// Sized, and it fits: 50% of 80,000 eligible listeners a day give the 57,760 users the treatment needs in 2 days,
// well before the review (SPEC305, information only).
[Experiment("lyrics-card-themes", Phase = Phase.Build, RolloutPercent = 50, EligibleUsersPerDay = 80_000)]
[Owner("lyrics-squad")]
[Hypothesis("We believe seasonal card themes will raise card shares because themed stickers get shared twice as often",
    Goal = typeof(SocialDiscovery))]
[SuccessMetric(typeof(CardShareRate), MinimumDetectableEffect = 0.05)]
[TweakPlan("Keep the two most shared themes, drop the rest", ReviewBy = "2027-01-15")]
public sealed class LyricsCardThemes { }
