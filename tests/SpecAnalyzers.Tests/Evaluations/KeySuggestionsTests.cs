using System.Collections.Immutable;
using SpecAnalyzers.Evaluations;

namespace SpecAnalyzers.Tests.Evaluations;

/// <summary>"Did you mean": which declared keys count as close to a key no spec declares.</summary>
public sealed class KeySuggestionsTests
{
    private static readonly ImmutableArray<string> Declared = ImmutableArray.Create(
        "lyrics-card-share", "offline-lyrics", "dark-mode", "dark-moon", "bark-mod", "eq", "ab", "sleep-timer");

    private static ImmutableArray<string> Nearest(string key) =>
        KeySuggestions.Nearest(key, SuggestableKeys.Create(Declared));

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

    [Theory]
    [InlineData("lyrics-card-shrae", "lyrics-card-share")] // same characters, transposed: zero character difference, one edit
    [InlineData("lyrics-card-shares", "lyrics-card-share")] // one character more
    [InlineData("lyrics-card-sh", "lyrics-card-share")] // three characters fewer: still within three edits of a long key
    [InlineData("lyrics-card-\u00e9hare", "lyrics-card-share")] // a character outside ASCII substituted
    [InlineData("lyrics-card-sh\u00e9\u00e0\u00fc", "lyrics-card-share")] // three characters outside ASCII, three edits
    [InlineData("lyrics/card/share", "lyrics-card-share")] // characters the key alphabet lacks share signature bits
    public void CharacterDifferenceWithinThreshold_StillSuggested(string key, string expected) =>
        Assert.Equal(expected, Nearest(System.Text.RegularExpressions.Regex.Unescape(key)).First());

    [Theory]
    [InlineData("lyrics-card-s")] // four characters fewer than lyrics-card-share: beyond three edits
    [InlineData("share-card-lyrics")] // the very same characters: the distance, not the counts, rules it out
    [InlineData("lyrics-card-sxyzw")] // four characters lyrics-card-share lacks: ruled out by the character sets alone
    public void BeyondThreshold_NotSuggested(string key) => Assert.DoesNotContain("lyrics-card-share", Nearest(key));

    [Fact]
    public void Thresholds_GrowWithLength()
    {
        Assert.Equal(1, KeySuggestions.Threshold(4));
        Assert.Equal(2, KeySuggestions.Threshold(12));
        Assert.Equal(3, KeySuggestions.Threshold(13));
    }
}
