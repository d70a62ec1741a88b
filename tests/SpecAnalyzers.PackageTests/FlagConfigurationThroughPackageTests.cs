using SpecAnalyzers.PackageTests.Infrastructure;
using static SpecAnalyzers.PackageTests.ConsumerSpecs;

namespace SpecAnalyzers.PackageTests;

/// <summary>
/// A consumer gets its flag configuration read without listing anything: the package adds appsettings*.json as
/// AdditionalFiles (SPEC401 and SPEC402 in the build, on the JSON token and on the spec), reads a JSON file named with
/// a SpecAnalyzersFlagConfiguration item, and stops reading appsettings when SpecAnalyzersReadAppSettings is false.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class FlagConfigurationThroughPackageTests(PackageFixture package)
{
    private const string AppSettings = """
        {
          "Logging": { "LogLevel": { "Default": "Information" } },
          // every spec but car-mode, and one flag no spec declares
          "FeatureManagement": {
            "Shuffle-Boost": true,
            "lyrics-search": false,
            "sleep-timer": { "EnabledFor": [ { "Name": "Percentage", "Parameters": { "Value": 50 } } ] },
            "Beta": true,
          },
        }
        """;

    [Fact]
    public void AppSettingsAndNamedFiles_AreRead_AndAppSettingsCanBeTurnedOff()
    {
        var files = Product(MissionCases.ToDictionary(@case => @case.FilePath, @case => Spec(@case, withPart: true)));
        files["appsettings.json"] = AppSettings;
        files["appsettings.Development.json"] = """{ "FeatureManagement": { "DebugPanel": true } }""";
        files["config/flags.json"] = """{ "feature_management": { "feature_flags": [ { "id": "night-mode", "enabled": true } ] } }""";
        files["Directory.Build.props"] = """
            <Project>
              <ItemGroup>
                <SpecAnalyzersFlagConfiguration Include="config/flags.json" />
              </ItemGroup>
            </Project>
            """;
        var consumer = package.CreateConsumer("flag-configuration", files);

        var build = consumer.Build();
        var optedOut = consumer.Build("-p:SpecAnalyzersReadAppSettings=false");

        Assert.True(build.ExitCode == 0, build.ToString());
        var (betaLine, betaColumn) = consumer.PositionOf("appsettings.json", "\"Beta\"");
        Assert.Equal(
            ((string[])[
                "appsettings.Development.json(1,26) warning SPEC401",
                $"appsettings.json({betaLine},{betaColumn}) warning SPEC401",
                "config/flags.json(1,54) warning SPEC401",
                "Specs/CarMode.cs warning SPEC402",
            ]).Order(StringComparer.Ordinal),
            Reported(consumer, build));
        Assert.True(optedOut.ExitCode == 0, optedOut.ToString());
        // Only flags.json is read now: every spec but the ones it declares is unconfigured.
        Assert.Equal(
            MissionCases.Select(@case => $"{@case.FilePath} warning SPEC402").Append("config/flags.json(1,54) warning SPEC401").Order(StringComparer.Ordinal),
            Reported(consumer, optedOut));
    }

    private static IEnumerable<string> Reported(ConsumerProject consumer, ProcessResult build) =>
        build.Diagnostics
            .Where(diagnostic => diagnostic.Id.StartsWith("SPEC4", StringComparison.Ordinal))
            .Select(diagnostic => consumer.RelativePath(diagnostic).Replace('\\', '/')
                + (diagnostic.File.EndsWith(".json", StringComparison.Ordinal) ? $"({diagnostic.Line},{diagnostic.Column})" : string.Empty)
                + $" {diagnostic.Severity} {diagnostic.Id}")
            .Distinct()
            .Order(StringComparer.Ordinal);
}
