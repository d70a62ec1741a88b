using SpecAnalyzers.Options;

namespace SpecAnalyzers.Tests.Power;

/// <summary><c>spec_analyzers.alpha</c>, <c>power</c> and <c>eligible_users_per_day</c>: a value that is not a number in range counts as unset.</summary>
public sealed class PowerOptionsTests
{
    [Fact]
    public void Unset_Defaults() => Assert.Equal(new PowerOptions(0.05, 0.8, null), PowerOptions.Parse(null, null, null));

    [Fact]
    public void Written_Read_DigitGroupsAllowed() =>
        Assert.Equal(new PowerOptions(0.01, 0.9, 400_000), PowerOptions.Parse("0.01", "0.9", "400_000"));

    [Theory]
    [InlineData("0", "1", "0")]
    [InlineData("1", "0", "-5")]
    [InlineData("-0.05", "1.2", "many")]
    [InlineData("NaN", "Infinity", "Infinity")]
    [InlineData("5%", "80%", "1e400")]
    public void OutOfRangeOrUnreadable_CountsAsUnset(string alpha, string power, string traffic) =>
        Assert.Equal(PowerOptions.Default, PowerOptions.Parse(alpha, power, traffic));
}
