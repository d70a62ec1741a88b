using SpecAnalyzers;

namespace ValidCode;

// Power inputs (a rate, and below a mean with its deviation): possible values, so SPEC307 is silent. No experiment here
// declares its traffic, so nothing is sized (SPEC305 would report even a sample that fits, as information).
[Metric("checkout.conversion_rate", Direction = MetricDirection.Increase, Unit = "orders per visitor", Baseline = 0.031)]
public sealed class CheckoutConversion { }

[Metric("checkout.payment_errors", Direction = MetricDirection.Decrease, Unit = "errors per 1,000 payments")]
public sealed class PaymentErrors { }

[Metric("app.crash_rate", Direction = MetricDirection.Decrease, Unit = "crashes per 1,000 sessions")]
public sealed class CrashRate { }

[Metric("playback.offline_sessions", Direction = MetricDirection.Increase, Unit = "offline sessions per listener-week")]
public sealed class OfflineSessions { }

[Metric("playback.start_time_ms", Direction = MetricDirection.Decrease, Unit = "milliseconds, p95", Baseline = 850, StandardDeviation = 400)]
public sealed class PlaybackStartTime { }
