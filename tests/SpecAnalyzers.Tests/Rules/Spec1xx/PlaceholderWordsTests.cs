using SpecAnalyzers.Options;

namespace SpecAnalyzers.Tests.Rules.Spec1xx;

/// <summary>How SPEC101 tells a placeholder from prose that happens to contain a placeholder word.</summary>
public sealed class PlaceholderWordsTests
{
    [Theory]
    [InlineData("TODO")]
    [InlineData("todo")]
    [InlineData("  Tbd.  ")]
    [InlineData("???")]
    [InlineData("????")]
    [InlineData("N/A")]
    [InlineData("TODO / TBD")]
    [InlineData("-")]
    [InlineData("…")]
    [InlineData("Lorem ipsum")]
    [InlineData("TODO: owner")]
    [InlineData("todo : write the plan")]
    [InlineData("We believe cards will raise shares because TBD: numbers from data team")]
    [InlineData("TBD - ask the data team")]
    [InlineData("FIXME(ana) real insight")]
    [InlineData("XXX [fill in]")]
    public void PlaceholderText_IsPlaceholder(string text) =>
        Assert.Equal(TextDefect.Placeholder, PlaceholderWords.Default.Inspect(text));

    [Theory]
    [InlineData("lyrics-squad")]
    [InlineData("We believe a todo list for playlists will raise saves because people queue songs")]
    [InlineData("Todos and reminders will drive weekly return")]
    [InlineData("Cut the TODO badge; it is unused")]
    [InlineData("Mostly N/A on web, shown on mobile")]
    [InlineData("XXXL thumbnails")]
    [InlineData("Why ??? appears in song titles")]
    [InlineData("42")]
    public void Prose_IsNotPlaceholder(string text) =>
        Assert.Equal(TextDefect.None, PlaceholderWords.Default.Inspect(text));

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\t\r\n")]
    public void Blank_IsEmpty(string text) =>
        Assert.Equal(TextDefect.Empty, PlaceholderWords.Default.Inspect(text));

    [Theory]
    [InlineData(null, "TODO", true)]
    [InlineData("WIP", "TODO", false)]
    [InlineData("WIP", "wip", true)]
    [InlineData("defaults, WIP", "TODO", true)]
    [InlineData("DEFAULTS,WIP", "WIP: later", true)]
    [InlineData(" , ,", "TODO", true)]
    [InlineData("to be decided", "To be decided", true)]
    [InlineData("to be decided", "Owner to be decided later", false)]
    public void ConfiguredWords_ReplaceOrExtendDefaults(string? option, string text, bool isPlaceholder) =>
        Assert.Equal(isPlaceholder ? TextDefect.Placeholder : TextDefect.None, PlaceholderWords.Parse(option).Inspect(text));
}
