using SpecAnalyzers.CodeFixes.Building;

namespace SpecAnalyzers.Tests.CodeFixes;

/// <summary>The names generated code derives from a spec's key or type name.</summary>
public sealed class SpecNamesTests
{
    [Theory]
    [InlineData("LyricsCardShare", "lyrics_card_share")]
    [InlineData("lyrics-card-share", "lyrics_card_share")]
    [InlineData("lyrics_card.share", "lyrics_card_share")]
    [InlineData("HTTPRetry", "http_retry")]
    [InlineData("Mp3Player", "mp3_player")]
    [InlineData("Lyrics Card  Share!", "lyrics_card_share")]
    [InlineData("---", "")]
    public void ToSnakeCase_SplitsOnCaseAndSeparators(string text, string expected) =>
        Assert.Equal(expected, SpecNames.ToSnakeCase(text));

    [Theory]
    [InlineData("lyrics-card-share", "LyricsCardShare")]
    [InlineData("offline", "Offline")]
    [InlineData("3d-covers", "Spec3dCovers")]
    [InlineData("???", "Spec")]
    public void ToPascalCase_GivesAValidTypeName(string key, string expected) =>
        Assert.Equal(expected, SpecNames.ToPascalCase(key));

    [Theory]
    [InlineData("LyricsShareRate", "lyrics.share_rate")]
    [InlineData("CrashRate", "crash.rate")]
    [InlineData("Retention", "retention")]
    [InlineData("_", "metric")]
    public void MetricNameForType_FirstWordIsTheArea(string typeName, string expected) =>
        Assert.Equal(expected, SpecNames.MetricNameForType(typeName));
}
