using SpecAnalyzers.PackageTests.Infrastructure;
using static SpecAnalyzers.PackageTests.ConsumerSpecs;

namespace SpecAnalyzers.PackageTests;

/// <summary>
/// Removing a retired flag reaches the configuration through the command line too: <c>dotnet format analyzers
/// --diagnostics SPEC203</c> rewrites both call sites of a shipped flag to their enabled path and removes the flag's
/// entry from appsettings.json on disk, with the comment lines that belong to it; every other entry and comment stays,
/// and the project still builds.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class RetiredFlagCleanupThroughPackageTests(PackageFixture package)
{
    private const string Panel = "Player/SleepTimerPanel.cs";

    private const string AppSettings = """
        {
          "Logging": { "LogLevel": { "Default": "Information" } },
          // Flags of the player; ask night-squad before changing them.
          "FeatureManagement": {
            // Shuffle boost: ramping up for new listeners.
            "shuffle-boost": true,
            // Sleep timer: shipped to everyone in March.
            "sleep-timer": true, // 100% since 2026-03-01
            "lyrics-search": false, // waiting for the search index
            "car-mode": true
          }
        }
        """;

    private const string CleanedAppSettings = """
        {
          "Logging": { "LogLevel": { "Default": "Information" } },
          // Flags of the player; ask night-squad before changing them.
          "FeatureManagement": {
            // Shuffle boost: ramping up for new listeners.
            "shuffle-boost": true,
            "lyrics-search": false, // waiting for the search index
            "car-mode": true
          }
        }
        """;

    private const string SleepTimerPanel = """
        using Microsoft.FeatureManagement;

        namespace Consumer.Player;

        public sealed class SleepTimerPanel(IFeatureManager features)
        {
            public async Task<int> MinutesAsync() => await features.IsEnabledAsync("sleep-timer") ? 30 : 0;

            public async Task<string> LabelAsync()
            {
                var label = "Drive";
                if (await features.IsEnabledAsync("sleep-timer"))
                {
                    label = "Sleep timer";
                }

                return label;
            }

            public Task<bool> DrivingAsync() => features.IsEnabledAsync("car-mode");
        }
        """;

    private const string CleanedSleepTimerPanel = """
        using Microsoft.FeatureManagement;

        namespace Consumer.Player;

        public sealed class SleepTimerPanel(IFeatureManager features)
        {
            public async Task<int> MinutesAsync() => 30;

            public async Task<string> LabelAsync()
            {
                var label = "Drive";
                label = "Sleep timer";

                return label;
            }

            public Task<bool> DrivingAsync() => features.IsEnabledAsync("car-mode");
        }
        """;

    [Fact]
    public void FormatAnalyzers_RemovesBothEvaluations_AndTheEntryFromAppSettings_AndTheProjectBuilds()
    {
        var sleepTimer = MissionCases.Single(@case => @case.Key == "sleep-timer");
        var files = Product(MissionCases.ToDictionary(
            @case => @case.FilePath,
            @case => @case == sleepTimer
                ? Spec(@case, withPart: true).Replace("Phase = Phase.Build, RemoveBy = \"2027-06-30\"", "Phase = Phase.Retired, Outcome = Outcome.Shipped")
                : Spec(@case, withPart: true)));
        files[Panel] = SleepTimerPanel;
        files["appsettings.json"] = AppSettings;
        files["Directory.Build.props"] = """
            <Project>
              <ItemGroup>
                <PackageReference Include="Microsoft.FeatureManagement" Version="4.7.0" />
              </ItemGroup>
            </Project>
            """;
        var consumer = package.CreateConsumer("retired-flag-cleanup", files);

        var before = consumer.Build();
        var format = consumer.FormatAnalyzers("SPEC203");
        var after = consumer.Build();

        Assert.True(before.ExitCode == 0, before.ToString());
        Assert.Equal(2, before.Diagnostics.Where(diagnostic => diagnostic.Id == "SPEC203").DistinctBy(diagnostic => (diagnostic.File, diagnostic.Line)).Count());
        Assert.Contains(before.Diagnostics, diagnostic => diagnostic.Id == "SPEC404" && diagnostic.File.EndsWith("appsettings.json", StringComparison.Ordinal));
        Assert.True(format.ExitCode == 0, format.ToString());
        Assert.DoesNotContain("Unable to fix", format.ToString());
        Assert.Equal(CleanedSleepTimerPanel, consumer.Read(Panel));
        Assert.Equal(CleanedAppSettings, consumer.Read("appsettings.json"));
        Assert.True(after.ExitCode == 0, after.ToString());
        Assert.DoesNotContain(after.Diagnostics, diagnostic => diagnostic.Id is "SPEC203" or "SPEC404");
    }
}
