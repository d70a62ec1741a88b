using Microsoft.FeatureManagement;
using ValidCode.Specs;

namespace ValidCode.Checkout;

/// <summary>Evaluates the live flags the way product code does: through their key constants where they have one.</summary>
public sealed class CheckoutPage(IFeatureManager features)
{
    public async Task<string> RenderAsync()
    {
        if (await features.IsEnabledAsync(OneClickCheckout.Key))
        {
            return "one-click";
        }

        return await features.IsEnabledAsync(LyricsSpecs.LyricCards.Key) ? "cards" : "classic";
    }

    public async Task<int> PlanDownloadsAsync(int requested)
    {
        if (!await features.IsEnabledAsync(OfflineMode.Key))
        {
            return 0;
        }

        var speed = await features.IsEnabledAsync(PodcastSpeed.Key) ? 2 : 1;
        return Math.Min(requested * speed, OfflineMode.CacheSize);
    }

    public Task<bool> ShuffleByMoodAsync() => features.IsEnabledAsync("smart-shuffle");
}
