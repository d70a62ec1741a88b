using SpecAnalyzers;

namespace ValidCode;

[Metric("checkout.conversion_rate", Direction = MetricDirection.Increase, Unit = "orders per visitor")]
public sealed class CheckoutConversion { }

[Metric("checkout.payment_errors", Direction = MetricDirection.Decrease, Unit = "errors per 1,000 payments")]
public sealed class PaymentErrors { }

[Metric("app.crash_rate", Direction = MetricDirection.Decrease, Unit = "crashes per 1,000 sessions")]
public sealed class CrashRate { }

[Metric("playback.offline_sessions", Direction = MetricDirection.Increase, Unit = "offline sessions per listener-week")]
public sealed class OfflineSessions { }

[Metric("playback.start_time_ms", Direction = MetricDirection.Decrease, Unit = "milliseconds, p95")]
public sealed class PlaybackStartTime { }
