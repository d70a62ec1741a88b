using SpecAnalyzers.Power;

namespace SpecAnalyzers.Tests.Power;

/// <summary>
/// AS241 against published values: the standard normal quantiles of statistical tables (z₀.₉₇₅ = 1.959964,
/// z₀.₉₉ = 2.326348, z₀.₉₉₉ = 3.090232, as in Abramowitz &amp; Stegun's percentage points of the normal distribution),
/// carried to 20 digits with mpmath 1.3 at 400 decimal digits as <c>sqrt(2) * erfinv(2p - 1)</c>, an
/// arbitrary-precision computation independent of AS241. Tolerance 1e-9, as the analyzer promises.
/// </summary>
public sealed class NormalQuantileTests
{
    private const double Tolerance = 1e-9;

    [Theory]
    [InlineData(0.5, 0.0)]
    [InlineData(0.975, 1.9599639845400542355)]
    [InlineData(0.025, -1.9599639845400542355)]
    [InlineData(0.95, 1.6448536269514727149)]
    [InlineData(0.9875, 2.2414027276049453751)]
    [InlineData(0.8, 0.84162123357291420518)]
    [InlineData(0.2, -0.84162123357291420518)]
    [InlineData(0.9, 1.281551565544600467)]
    [InlineData(0.99, 2.3263478740408411009)]
    [InlineData(0.999, 3.0902323061678135415)]
    [InlineData(0.001, -3.0902323061678135415)]
    [InlineData(0.9999999, 5.1993375821928169316)]
    [InlineData(1e-10, -6.3613409024040562047)]
    [InlineData(1e-20, -9.2623400897984075737)]
    [InlineData(1e-100, -21.273453560965324295)]
    [InlineData(1e-300, -37.047096299361199237)]
    public void Of_MatchesPublishedQuantiles(double p, double expected) =>
        Assert.InRange(NormalQuantile.Of(p), expected - Tolerance, expected + Tolerance);

    [Fact]
    public void Of_IsSymmetricAndIncreasingAcrossTheRegions()
    {
        var previous = double.NegativeInfinity;
        for (var p = 1e-6; p < 1; p += 1e-3)
        {
            var z = NormalQuantile.Of(p);
            Assert.True(z > previous, $"not increasing at {p}");
            Assert.InRange(z + NormalQuantile.Of(1 - p), -Tolerance, Tolerance);
            previous = z;
        }
    }

    [Theory]
    [InlineData(0.0, double.NegativeInfinity)]
    [InlineData(1.0, double.PositiveInfinity)]
    public void Of_AtTheEnds_IsInfinite(double p, double expected) => Assert.Equal(expected, NormalQuantile.Of(p));

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    [InlineData(double.NaN)]
    public void Of_OutsideZeroOne_IsNaN(double p) => Assert.True(double.IsNaN(NormalQuantile.Of(p)));
}
