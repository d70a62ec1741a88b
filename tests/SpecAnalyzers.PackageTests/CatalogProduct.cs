using System.Security;
using SpecAnalyzers.PackageTests.Infrastructure;

namespace SpecAnalyzers.PackageTests;

/// <summary>
/// A product of two projects for the spec catalog: an app (the consumer project) referencing a library, both with
/// specs, the library holding the metrics and the goal both use. One app spec is broken in every way the catalog
/// marks, one carries text that HTML, Markdown and YAML must escape. The app's appsettings.json configures flags of
/// both projects (and leaves a live library experiment out); its .editorconfig sets the traffic experiments without
/// their own take; the app's analyzers write a SARIF log, so the catalog's power can be compared with SPEC305.
/// </summary>
internal static class CatalogProduct
{
    public const string LibraryProject = "Library/Library.csproj";

    /// <summary>The keys of every spec, with the assembly that declares it.</summary>
    public static readonly IReadOnlyDictionary<string, string> Keys = new Dictionary<string, string>
    {
        ["car-mode"] = "Library",
        ["karaoke-mode"] = "Consumer",
        ["lyrics-card-share"] = "Consumer",
        ["queue-radio"] = "Library",
        ["sleep-timer"] = "Consumer",
    };

    /// <summary>The app's analyzers write their diagnostics here (SARIF 2.1), info-level SPEC305 included.</summary>
    public const string ErrorLog = "obj/analyzers.sarif";

    /// <summary>The karaoke spec's hypothesis and owner: markup, quotes and YAML indicators, to be shown as written.</summary>
    public const string TrickyStatement = """We believe <i>karaoke</i> & "duets" for 'night owls' will raise sessions: #1 because {fans} ask""";

    public const string TrickyOwner = "karaoke: squad #1";

    public static ConsumerProject Create(PackageFixture package, string name)
    {
        var consumer = package.CreateConsumer(name, AppFiles, new Dictionary<string, string>
        {
            ["SpecAnalyzersMode"] = "relaxed",
            ["ErrorLog"] = "$(MSBuildProjectDirectory)/" + ErrorLog + ",version=2.1",
        });
        // The app references the library, and does not compile its sources a second time.
        consumer.Write(ConsumerProject.ProjectFile, consumer.Read(ConsumerProject.ProjectFile).Replace(
            "</Project>",
            """
              <ItemGroup>
                <Compile Remove="Library/**" />
                <ProjectReference Include="Library/Library.csproj" />
              </ItemGroup>
            </Project>
            """));
        consumer.Write(LibraryProject, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <SpecAnalyzersMode>relaxed</SpecAnalyzersMode>
                <SpecAnalyzersReferenceDate>2026-06-01</SpecAnalyzersReferenceDate>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="SpecAnalyzers" Version="{SecurityElement.Escape(package.Version)}" />
              </ItemGroup>
            </Project>
            """);
        foreach (var (path, text) in LibraryFiles)
        {
            consumer.Write("Library/" + path, text);
        }

        return consumer;
    }

    private static readonly Dictionary<string, string> LibraryFiles = new()
    {
        ["Catalogue.cs"] = """
            using SpecAnalyzers;

            namespace Library;

            [Metric("listening.minutes", Direction = MetricDirection.Increase, Unit = "minutes per listener-day", Baseline = 34, StandardDeviation = 21)]
            public sealed class ListeningTime { }

            [Metric("app.crash_rate", Direction = MetricDirection.Decrease, Unit = "crashes per session")]
            public sealed class CrashRate { }

            [Goal("Grow listening time", KeyResult = "+3% minutes per listener-day by 2027-06-30")]
            public sealed class ListeningGoal { }
            """,
        ["Specs/CarMode.cs"] = """
            using SpecAnalyzers;

            namespace Library.Specs;

            [FeatureFlag("car-mode", Phase = Phase.Build, RemoveBy = "2027-06-30")]
            [Owner("drive-squad")]
            [Hypothesis("We believe big buttons for drivers will raise listening time because 18% of sessions start in a car", Goal = typeof(ListeningGoal))]
            [SuccessMetric(typeof(ListeningTime), MinimumDetectableEffect = 0.03)]
            [TweakPlan("Drop the big-button theme if fewer than 5% of drivers use it", ReviewBy = "2027-03-01")]
            public sealed class CarMode { }
            """,
        // Live, but the app's configuration leaves it out (always off), and 500 users a day cannot size it by its review.
        ["Specs/QueueRadio.cs"] = """
            using SpecAnalyzers;

            namespace Library.Specs;

            [Experiment("queue-radio", Phase = Phase.Ship, RolloutPercent = 5, EligibleUsersPerDay = 500)]
            [Owner("radio-squad")]
            [Hypothesis("We believe a radio that follows the queue will raise listening time because 40% of queues run dry", Goal = typeof(ListeningGoal))]
            [SuccessMetric(typeof(ListeningTime), MinimumDetectableEffect = 0.01)]
            [TweakPlan("Drop the station art if it slows the first track", ReviewBy = "2026-07-01")]
            public sealed class QueueRadio { }
            """,
    };

    private static readonly Dictionary<string, string> AppFiles = new()
    {
        // The library's flag under another case (Microsoft.FeatureManagement ignores it), the app's experiment as its spec rolls it out.
        ["appsettings.json"] = """
            {
              "FeatureManagement": { "Car-Mode": true },
              "feature_management": {
                "feature_flags": [
                  {
                    "id": "lyrics-card-share",
                    "enabled": true,
                    "variants": [ { "name": "Off" }, { "name": "On" } ],
                    "allocation": {
                      "percentile": [ { "variant": "Off", "from": 0, "to": 95 }, { "variant": "On", "from": 95, "to": 100 } ],
                      "default_when_enabled": "Off"
                    },
                    "telemetry": { "enabled": true }
                  }
                ]
              }
            }
            """,
        [".editorconfig"] = """
            root = true

            [*.cs]
            spec_analyzers.eligible_users_per_day = 1_000
            """,
        ["Program.cs"] = """
            Console.WriteLine(typeof(Consumer.Specs.LyricsCardShare).Name);
            """,
        ["Specs/LyricsCardShare.cs"] = """
            using Library;
            using SpecAnalyzers;

            namespace Consumer.Specs;

            [Experiment("lyrics-card-share", Phase = Phase.Ship, RolloutPercent = 5, EligibleUsersPerDay = 400_000)]
            [Owner("lyrics-squad")]
            [Hypothesis("We believe sharing lyric cards will raise listening time because 12% of lyric views end in a screenshot",
                Goal = typeof(ListeningGoal), Insight = "Screenshot study, 2026-Q1")]
            [SuccessMetric(typeof(ListeningTime), MinimumDetectableEffect = 0.02)]
            [GuardrailMetric(typeof(CrashRate), NonInferiorityMargin = 0.001)]
            [TweakPlan("Cut card render time below 50 ms", ReviewBy = "2027-02-01")]
            public sealed class LyricsCardShare { }
            """,
        // No owner, a template for a hypothesis, a RemoveBy before the reference date, a ReviewBy that is no date.
        ["Specs/SleepTimer.cs"] = """
            using Library;
            using SpecAnalyzers;

            namespace Consumer.Specs;

            [FeatureFlag("sleep-timer", Phase = Phase.Tweak, RemoveBy = "2026-01-31")]
            [Hypothesis("TODO: We believe [change] for [audience] will [move metric] because [insight]")]
            [SuccessMetric(typeof(ListeningTime))]
            [TweakPlan("Shorten the default timer if most people cancel it", ReviewBy = "2026-13-01")]
            public sealed class SleepTimer { }
            """,
        ["Specs/KaraokeMode.cs"] = $$"""
            using Library;
            using SpecAnalyzers;

            namespace Consumer.Specs;

            [Experiment("karaoke-mode", Phase = Phase.Think, RolloutPercent = 10)]
            [Owner("{{TrickyOwner}}")]
            [Hypothesis("{{TrickyStatement.Replace("\"", "\\\"")}}")]
            [SuccessMetric(typeof(ListeningTime), MinimumDetectableEffect = 0.05)]
            [GuardrailMetric(typeof(CrashRate), NonInferiorityMargin = 0.002)]
            [TweakPlan("Keep the two most sung lyric themes", ReviewBy = "2027-01-15")]
            public sealed partial class KaraokeMode { }
            """,
    };
}
