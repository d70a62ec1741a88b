using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SpecAnalyzers.Configuration;
using SpecAnalyzers.Testing;

namespace SpecAnalyzers.Tests.Configuration;

/// <summary>
/// The configuration model reads both schemas, lays environment overlays over the base file as .NET configuration
/// does (key by key, ignoring case; Microsoft-schema flags by id, the last winning, and before the .NET schema), and
/// keeps where every entry is written.
/// </summary>
public sealed class FlagConfigurationTests
{
    [Fact]
    public void DotnetSchema_ReadsEveryFlagWithItsFilters()
    {
        var configuration = Load(("/app/appsettings.json", ConfigurationSamples.DotnetSchema));

        var flags = configuration.Environments.Single().Flags;
        Assert.Equal(["Beta", "HalfOfUsers", "HolidayBanner", "LyricsCardShare", "NewCheckout"], flags.Keys.Order());
        var lyrics = flags["lyricscardshare"];
        Assert.Equal(FlagSchema.Dotnet, lyrics.Schema);
        Assert.Equal("Microsoft.Targeting", Assert.Single(lyrics.Filters).Name);
        var rollout = Assert.Single(ConfiguredRollout.Of(lyrics));
        Assert.Equal(20, rollout.Percent);
        Assert.Equal(50, Assert.Single(ConfiguredRollout.Of(flags["HalfOfUsers"])).Percent);
    }

    [Fact]
    public void MicrosoftSchema_ReadsVariantsAllocationAndTelemetry()
    {
        var configuration = Load(("/app/appsettings.json", ConfigurationSamples.MicrosoftSchema));

        var flag = configuration.Environments.Single().Flags["Lyrics-Card-Share"];
        Assert.Equal(FlagSchema.Microsoft, flag.Schema);
        Assert.Equal(["Off", "On"], flag.Variants.Select(variant => variant.Value));
        Assert.True(flag.IsTelemetryEnabled);
        Assert.Equal(5, Assert.Single(ConfiguredRollout.Of(flag)).Percent);
        Assert.Equal(10, Assert.Single(ConfiguredRollout.Of(configuration.Environments[0].Flags["checkout-redesign"])).Percent);
    }

    [Fact]
    public void NameLocation_IsTheJsonTokenWithLineAndColumn()
    {
        var configuration = Load(("/app/appsettings.json", ConfigurationSamples.MicrosoftSchema));

        var location = configuration.Environments[0].Flags["lyrics-card-share"].NameLocation;

        Assert.Equal("/app/appsettings.json", location.GetLineSpan().Path);
        Assert.Equal(13, location.GetLineSpan().StartLinePosition.Line);
        Assert.Equal("\"lyrics-card-share\"", configuration.Files[0].Text.ToString(location.SourceSpan));
    }

    [Fact]
    public void Overlay_ReplacesKeysOfTheBase_IgnoringCase()
    {
        var configuration = Load(
            ("/app/appsettings.json", """{ "FeatureManagement": { "Beta": { "EnabledFor": [ { "Name": "Percentage", "Parameters": { "Value": 10 } } ] }, "Gamma": true } }"""),
            ("/app/appsettings.Development.json", """{ "featuremanagement": { "beta": { "enabledfor": [ { "parameters": { "value": 90 } } ] } } }"""));

        Assert.Equal([null, "Development"], configuration.Environments.Select(environment => environment.Name));
        Assert.Equal(10, Assert.Single(ConfiguredRollout.Of(configuration.Environments[0].Flags["Beta"])).Percent);
        var development = configuration.Environments[1].Flags;
        Assert.Equal(90, Assert.Single(ConfiguredRollout.Of(development["Beta"])).Percent);
        Assert.True(development.ContainsKey("Gamma"));
    }

    [Fact]
    public void MicrosoftSchema_WinsOverDotnetSchema_AndTheLastIdWins()
    {
        var configuration = Load(
            ("/app/appsettings.json", """
                {
                  "FeatureManagement": { "Beta": true },
                  "feature_management": { "feature_flags": [ { "id": "Beta", "enabled": false }, { "id": "beta", "enabled": true, "telemetry": { "enabled": true } } ] }
                }
                """));

        var beta = configuration.Environments[0].Flags["BETA"];

        Assert.Equal(FlagSchema.Microsoft, beta.Schema);
        Assert.True(beta.IsTelemetryEnabled);
    }

    [Fact]
    public void OverlayWithoutBase_IsABaseFile_AndOtherJsonFilesAreNotRead()
    {
        var configuration = Load(
            ("/app/appsettings.Production.json", """{ "FeatureManagement": { "Beta": true } }"""),
            ("/app/package.json", """{ "FeatureManagement": { "Other": true } }"""));

        Assert.Null(Assert.Single(configuration.Environments).Name);
        Assert.Equal(["Beta"], configuration.Environments[0].Flags.Keys);
    }

    [Fact]
    public void NamedFile_IsReadWhenMarked_AndAppSettingsCanBeTurnedOff()
    {
        var files = new[]
        {
            new InMemoryAdditionalText("/app/appsettings.json", """{ "FeatureManagement": { "Beta": true } }"""),
            new InMemoryAdditionalText("/app/flags.json", """{ "FeatureManagement": { "Gamma": true } }"""),
        };
        var options = new AnalyzerOptions(
            files.ToImmutableArray<AdditionalText>(),
            new GlobalAnalyzerOptions([
                new(FlagConfiguration.FileMetadata, "true"),
                new(FlagConfiguration.ReadAppSettingsProperty, "false"),
            ]));

        var configuration = FlagConfiguration.Load(options, CancellationToken.None);

        // The test's options give every file the metadata: appsettings.json is read as a named file then.
        Assert.Equal(2, configuration.Files.Length);
        Assert.False(FlagConfiguration.IsConfigurationFile(files[0], new AnalyzerOptions(files.ToImmutableArray<AdditionalText>(),
            new GlobalAnalyzerOptions([new(FlagConfiguration.ReadAppSettingsProperty, "false")]))));
    }

    [Fact]
    public void UnreadableFile_HasAnErrorAndNoFlags_DuplicateKeysIncluded()
    {
        var configuration = Load(
            ("/app/appsettings.json", """{ "FeatureManagement": { "Beta": true, "BETA": false } }"""),
            ("/app/appsettings.Staging.json", """{ "FeatureManagement": { "Beta": tru } }"""));

        Assert.All(configuration.Files, file => Assert.NotNull(file.Error));
        Assert.Contains("written twice", configuration.Files[0].Error!.Message);
        Assert.All(configuration.Environments, environment => Assert.Empty(environment.Flags));
    }

    [Fact]
    public void SameContent_IsReadOnce()
    {
        var file = new InMemoryAdditionalText("/app/appsettings.json", ConfigurationSamples.DotnetSchema);

        var first = ConfigurationFile.Read(file, CancellationToken.None);
        var second = ConfigurationFile.Read(file, CancellationToken.None);

        Assert.Same(first, second);
    }

    [Fact]
    public void SameFiles_ReuseTheBuiltConfiguration_AChangedFileDoesNot()
    {
        var appSettings = new InMemoryAdditionalText("/app/appsettings.json", ConfigurationSamples.DotnetSchema);
        var development = new InMemoryAdditionalText("/app/appsettings.Development.json", ConfigurationSamples.MicrosoftSchema);
        var edited = new InMemoryAdditionalText("/app/appsettings.Development.json", """{ "FeatureManagement": { "Beta": false } }""");

        var first = FlagConfiguration.Load(Options(appSettings, development), CancellationToken.None);
        var again = FlagConfiguration.Load(Options(appSettings, development), CancellationToken.None);
        var afterEdit = FlagConfiguration.Load(Options(appSettings, edited), CancellationToken.None);

        Assert.Same(first, again);
        Assert.NotSame(first, afterEdit);
        Assert.Equal("False", afterEdit.Environments[1].Flags["Beta"].Entry.Value);
    }

    [Theory]
    [InlineData("Microsoft.Targeting", "Targeting", true)]
    [InlineData("Microsoft.Targeting", "microsoft.targeting", true)]
    [InlineData("Microsoft.Targeting", "TargetingFilter", false)]
    [InlineData("Microsoft.Targeting", "Other.Targeting", false)]
    [InlineData("MyOrg.Beta", "Beta", true)]
    [InlineData("Beta", "MyOrg.Beta", false)]
    public void FilterNames_MatchAsTheLibraryMatchesThem(string alias, string configured, bool matches)
    {
        Assert.Equal(matches, FeatureFilterNames.Matches(alias, configured));
    }

    private static AnalyzerOptions Options(params AdditionalText[] files) => new([.. files], new GlobalAnalyzerOptions([]));

    internal static FlagConfiguration Load(params (string Path, string Text)[] files) =>
        FlagConfiguration.Load(
            new AnalyzerOptions(files.Select(file => (AdditionalText)new InMemoryAdditionalText(file.Path, file.Text)).ToImmutableArray(), new GlobalAnalyzerOptions([])),
            CancellationToken.None);
}
