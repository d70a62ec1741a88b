using SpecAnalyzers.CodeFixes;
using SpecAnalyzers.Options;

namespace SpecAnalyzers.Tests.CodeFixes;

/// <summary>How the fixes read <c>spec_analyzers.*</c> settings; values that do not parse fall back to the defaults.</summary>
public sealed class SpecFixOptionsTests
{
    private static readonly DateTime UtcNow = new(2026, 3, 10, 23, 59, 0, DateTimeKind.Utc);

    private static readonly ReferenceDateSetting NoBuildProperty = new(buildDate: null, UtcNow);

    [Fact]
    public void NothingConfigured_PlaceholderOwnerAndNinetyDaysFromUtcToday()
    {
        var options = SpecFixOptions.Create(_ => null, NoBuildProperty);

        Assert.Equal("TODO: owner", options.Owner);
        Assert.Equal("2026-06-08", options.ReviewBy);
    }

    [Theory]
    [InlineData("2026-13-01")]
    [InlineData("10/03/2026")]
    [InlineData("tomorrow")]
    public void ReferenceDateMalformed_UtcTodayUsed(string referenceDate)
    {
        var options = SpecFixOptions.Create(name => name == SpecFixOptions.ReferenceDateName ? referenceDate : null, NoBuildProperty);

        Assert.Equal(new DateTime(2026, 3, 10), options.Today);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("30 days")]
    public void ReviewAfterDaysNotAPositiveNumber_NinetyDays(string days)
    {
        var options = SpecFixOptions.Create(name => name == SpecFixOptions.ReviewAfterDaysName ? days : null, NoBuildProperty);

        Assert.Equal(90, options.ReviewAfterDays);
    }

    [Fact]
    public void AllConfigured_ReviewDateFromReferenceDateAndDays()
    {
        var settings = new Dictionary<string, string>
        {
            [SpecFixOptions.DefaultOwnerName] = "lyrics-squad",
            [SpecFixOptions.ReviewAfterDaysName] = "365",
            [SpecFixOptions.ReferenceDateName] = "2028-02-29",
        };

        var options = SpecFixOptions.Create(name => settings.GetValueOrDefault(name), NoBuildProperty);

        Assert.Equal("lyrics-squad", options.Owner);
        Assert.Equal("2029-02-28", options.ReviewBy);
    }

    [Fact]
    public void BuildPropertySet_WinsOverTheEditorConfigReferenceDate()
    {
        var options = SpecFixOptions.Create(
            name => name == SpecFixOptions.ReferenceDateName ? "2028-02-29" : null,
            new ReferenceDateSetting(buildDate: new DateTime(2026, 11, 1), UtcNow));

        Assert.Equal("2027-01-30", options.ReviewBy);
    }
}
