using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.FeatureManagement;
using MusicApp.Playback;
using SpecAnalyzers;

// The spec attributes stay in the compiled product, so tools can read the catalogue at run time.
foreach (var type in typeof(Program).Assembly.GetTypes().OrderBy(type => type.Name))
{
    var flag = type.GetCustomAttribute<FeatureFlagAttribute>();
    var experiment = type.GetCustomAttribute<ExperimentAttribute>();
    if (flag is null && experiment is null)
    {
        continue;
    }

    var owner = type.GetCustomAttribute<OwnerAttribute>()?.Owner ?? "(no owner)";
    var key = flag?.Key ?? experiment!.Key;
    var phase = flag?.Phase ?? experiment!.Phase;
    Console.WriteLine($"{key,-20} {phase,-8} {owner}");
}

// Evaluate the flags the way the app does: Microsoft.FeatureManagement, configured from the "FeatureManagement" section.
var configuration = new ConfigurationBuilder()
    .AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["FeatureManagement:offline-lyrics"] = "true",
        ["FeatureManagement:lyrics-card-share"] = "true",
    })
    .Build();
var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
services.AddFeatureManagement();
services.AddSingleton<PlaybackService>();
await using var provider = services.BuildServiceProvider();
var panels = await provider.GetRequiredService<PlaybackService>().NowPlayingPanelsAsync();
Console.WriteLine("Now playing: " + string.Join(", ", panels));
