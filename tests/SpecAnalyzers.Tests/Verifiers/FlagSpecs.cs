namespace SpecAnalyzers.Tests.Verifiers;

/// <summary>Spec declarations the SPEC2xx tests evaluate: a live experiment, a flag with a Key constant, retired flags.</summary>
internal static class FlagSpecs
{
    public const string Catalog = """
        using SpecAnalyzers;

        namespace Music.Specs
        {
            [Experiment("lyrics-card-share", Phase = Phase.Ship, RolloutPercent = 5)]
            public sealed class LyricsCardShare
            {
                public const string Key = "lyrics-card-share";
            }

            [FeatureFlag(Key, Phase = Phase.Build)]
            public sealed class OfflineLyrics
            {
                public const string Key = "offline-lyrics";
            }

            // Live, with no Key constant: call sites write its key out.
            [FeatureFlag("dark-mode", Phase = Phase.Tweak)]
            public sealed class DarkMode { }

            [FeatureFlag("sleep-timer", Phase = Phase.Retired, Outcome = Outcome.Shipped)]
            public sealed class SleepTimer { }

            [FeatureFlag("autoplay-radio", Phase = Phase.Retired, Outcome = Outcome.RolledBack)]
            public sealed class AutoplayRadio { }

            [FeatureFlag("podcast-chapters", Phase = Phase.Retired)]
            public sealed class PodcastChapters { }
        }
        """;

    /// <summary>SPEC203's message arguments for each retired spec of <see cref="Catalog"/>.</summary>
    public static object[] RetiredArguments(string key) => key switch
    {
        "sleep-timer" => ["Feature flag 'sleep-timer' (SleepTimer)", "it shipped, so remove the evaluation and keep the enabled path"],
        "autoplay-radio" => ["Feature flag 'autoplay-radio' (AutoplayRadio)", "it was rolled back, so remove the evaluation and keep the disabled path"],
        "podcast-chapters" => ["Feature flag 'podcast-chapters' (PodcastChapters)", "record its Outcome (Shipped or RolledBack), then remove the evaluation and keep the path it chose"],
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, "not a retired spec of the catalog"),
    };
}
