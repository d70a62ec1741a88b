using SpecAnalyzers;

namespace MusicApp;

[Metric("lyrics.share_rate", Direction = MetricDirection.Increase, Unit = "shares per listener-day")]
public sealed class LyricsShareRate { }

[Metric("lyrics.views", Direction = MetricDirection.Increase, Unit = "lyric views per listener-day")]
public sealed class LyricViews { }

[Metric("app.crash_rate", Direction = MetricDirection.Decrease, Unit = "crashes per 1,000 sessions")]
public sealed class CrashRate { }

[Metric("playback.start_time_ms", Direction = MetricDirection.Decrease, Unit = "milliseconds, p95")]
public sealed class PlaybackStartTime { }

// With a baseline (a rate: 10% of card views end in a share), experiments on it are sized (SPEC305, SPEC306).
[Metric("lyrics.card_share_rate", Direction = MetricDirection.Increase, Unit = "shares per card view", Baseline = 0.10)]
public sealed class CardShareRate { }
