using Microsoft.FeatureManagement;
using MusicApp.Specs;

namespace MusicApp.Playback;

/// <summary>Decides what the player shows, by evaluating the flags the specs declare.</summary>
public sealed class PlaybackService(IFeatureManager features)
{
    public async Task<IReadOnlyList<string>> NowPlayingPanelsAsync()
    {
        var panels = new List<string> { "cover" };

        if (await features.IsEnabledAsync(OfflineLyrics.Key))
        {
            panels.Add("offline lyrics");
        }

        // A typo: every flag library answers "disabled" for a key it does not know (SPEC201: did you mean 'lyrics-card-share'?).
        if (await features.IsEnabledAsync("lyrics-crad-share"))
        {
            panels.Add("share lyric card");
        }

        // Still evaluated although the spec is retired with Outcome.Shipped (SPEC203).
        if (await features.IsEnabledAsync(SmartShuffle.Key))
        {
            panels.Add("smart shuffle");
        }
        else
        {
            panels.Add("shuffle");
        }

        return panels;
    }
}
