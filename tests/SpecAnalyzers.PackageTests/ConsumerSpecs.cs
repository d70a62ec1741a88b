using SpecAnalyzers.PackageTests.Infrastructure;

namespace SpecAnalyzers.PackageTests;

/// <summary>
/// The product code the consumer projects hold: a metric, a goal, a program that prints the spec catalogue at run
/// time, and one spec per mission rule, each written either complete or lacking exactly that rule's part.
/// </summary>
internal static class ConsumerSpecs
{
    /// <summary>A spec that lacks the part <see cref="RuleId"/> asks for, and the attribute that supplies it.</summary>
    internal sealed record MissionCase(string RuleId, string TypeName, string Key, string Part)
    {
        public string FilePath => $"Specs/{TypeName}.cs";

        /// <summary>Where the rule reports, as <c>file(line,column)</c>: on the spec's type name.</summary>
        public string ReportedAt(ConsumerProject consumer)
        {
            var (line, column) = consumer.PositionOf(FilePath, "class " + TypeName);
            return $"{FilePath}({line},{column + "class ".Length})";
        }
    }

    /// <summary>A Directory.Build.props that makes a consumer an ASP.NET Core app on Microsoft.FeatureManagement.</summary>
    public const string AspNetCoreWithFeatureManagement = """
        <Project>
          <ItemGroup>
            <FrameworkReference Include="Microsoft.AspNetCore.App" />
            <PackageReference Include="Microsoft.FeatureManagement.AspNetCore" Version="4.7.0" />
          </ItemGroup>
        </Project>
        """;

    public static readonly IReadOnlyList<MissionCase> MissionCases =
    [
        new("SPEC001", "ShuffleBoost", "shuffle-boost",
            """[Hypothesis("We believe a shuffle boost for new listeners will raise listening time because 40% of them skip the first song", Goal = typeof(ListeningGoal))]"""),
        new("SPEC002", "LyricsSearch", "lyrics-search", "[SuccessMetric(typeof(ListeningTime), MinimumDetectableEffect = 0.02)]"),
        new("SPEC003", "SleepTimer", "sleep-timer", """[Owner("night-squad")]"""),
        new("SPEC004", "CarMode", "car-mode", """[TweakPlan("Drop the big-button theme if fewer than 5% of drivers use it", ReviewBy = "2027-03-01")]"""),
    ];

    private const string Catalogue = """
        using SpecAnalyzers;

        namespace Consumer;

        [Metric("listening.minutes", Direction = MetricDirection.Increase, Unit = "minutes per listener-day")]
        public sealed class ListeningTime { }

        [Goal("Grow listening time", KeyResult = "+3% minutes per listener-day by 2027-06-30")]
        public sealed class ListeningGoal { }
        """;

    /// <summary>Lists the specs by reading the attributes compiled into the program, as a spec catalogue tool does.</summary>
    private const string Program = """
        using System.Reflection;
        using SpecAnalyzers;

        foreach (var type in typeof(Consumer.ListeningTime).Assembly.GetTypes().OrderBy(type => type.Name))
        {
            if (type.GetCustomAttribute<FeatureFlagAttribute>() is { } flag)
            {
                Console.WriteLine($"{flag.Key} {flag.Phase} {type.GetCustomAttribute<OwnerAttribute>()?.Owner}");
            }
        }
        """;

    /// <summary>Every mission case as a spec lacking its part, plus the catalogue and the program.</summary>
    public static Dictionary<string, string> IncompleteProduct() =>
        Product(MissionCases.ToDictionary(@case => @case.FilePath, @case => Spec(@case, withPart: false)));

    /// <summary>Files for a product whose specs are <paramref name="specs"/>.</summary>
    public static Dictionary<string, string> Product(IReadOnlyDictionary<string, string> specs)
    {
        var files = new Dictionary<string, string>(specs)
        {
            ["Catalogue.cs"] = Catalogue,
            ["Program.cs"] = Program,
        };
        return files;
    }

    public static string Spec(MissionCase @case, bool withPart)
    {
        var parts = MissionCases.Where(other => withPart || other.RuleId != @case.RuleId).Select(other => other.Part);
        return $$"""
            using SpecAnalyzers;

            namespace Consumer.Specs;

            [FeatureFlag("{{@case.Key}}", Phase = Phase.Build, RemoveBy = "2027-06-30")]
            {{string.Join("\n", parts)}}
            public sealed class {{@case.TypeName}} { }

            """;
    }
}
