using SpecAnalyzers;

namespace MusicApp.Specs;

// Sized, and it does not fit: 5% of 80,000 eligible listeners a day need 8 days for the 30,992 users the treatment
// needs, and the review is in 5 (SPEC306, whose fix raises RolloutPercent to 8%).
[Experiment("lyrics-card-stickers", Phase = Phase.Build, RolloutPercent = 5, EligibleUsersPerDay = 80_000)]
[Owner("lyrics-squad")]
[Hypothesis("We believe stickers on lyric cards will raise card shares because 1 in 3 shared screenshots is annotated",
    Goal = typeof(SocialDiscovery))]
[SuccessMetric(typeof(CardShareRate), MinimumDetectableEffect = 0.05)]
[TweakPlan("Keep the stickers people use, drop the rest", ReviewBy = "2026-11-06")]
public sealed class LyricsCardStickers { }
