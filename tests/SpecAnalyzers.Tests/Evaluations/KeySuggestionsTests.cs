using System.Collections.Immutable;
using SpecAnalyzers.Evaluations;

namespace SpecAnalyzers.Tests.Evaluations;

/// <summary>"Did you mean": which declared keys count as close to a key no spec declares.</summary>
public sealed class KeySuggestionsTests
{
    private static readonly ImmutableArray<string> Declared = ImmutableArray.Create(
        "lyrics-card-share", "offline-lyrics", "dark-mode", "dark-moon", "bark-mod", "eq", "ab", "sleep-timer");

    private static ImmutableArray<string> Nearest(string key) =>
        KeySuggestions.Nearest(key, Declared, ImmutableArray.CreateRange(Declared, KeySuggestions.Normalize));

    [Theory]
    [InlineData("lyrics-crad-share", "lyrics-card-share")] // transposition: one edit
    [InlineData("Lyrics-Card-Share", "lyrics-card-share")] // case ignored
    [InlineData("lyrics_card.share", "lyrics-card-share")] // separators ignored
    [InlineData("ofline-lyrics", "offline-lyrics")]
    [InlineData("sleep-tmier", "sleep-timer")]
    [InlineData("eg", "eq")]
    public void CloseKey_Suggested(string key, string expected) => Assert.Equal(expected, Nearest(key).First());

    [Theory]
    [InlineData("karaoke")]
    [InlineData("xy")] // short keys allow one edit only: "ab" is two away
    [InlineData("lyrics")]
    public void NothingClose_NoSuggestion(string key) => Assert.Empty(Nearest(key));

    [Fact]
    public void SeveralClose_AtMostThreeByDistanceThenOrdinal() =>
        Assert.Equal(["bark-mod", "dark-mode", "dark-moon"], Nearest("dark-mod").ToArray());

    [Fact]
    public void Thresholds_GrowWithLength()
    {
        Assert.Equal(1, KeySuggestions.Threshold(4));
        Assert.Equal(2, KeySuggestions.Threshold(12));
        Assert.Equal(3, KeySuggestions.Threshold(13));
    }
}
