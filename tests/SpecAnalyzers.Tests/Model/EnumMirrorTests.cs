using SpecAnalyzers.Model;

namespace SpecAnalyzers.Tests.Model;

/// <summary>The analyzer mirrors the annotations' enums (it cannot reference them); these keep them in step.</summary>
public sealed class EnumMirrorTests
{
    [Fact]
    public void SpecPhase_MatchesPhase() => AssertSameMembers<Phase, SpecPhase>();

    [Fact]
    public void SpecOutcome_MatchesOutcome() => AssertSameMembers<Outcome, SpecOutcome>();

    [Fact]
    public void SpecMetricDirection_MatchesMetricDirection() => AssertSameMembers<MetricDirection, SpecMetricDirection>();

    private static void AssertSameMembers<TPublic, TMirror>()
        where TPublic : struct, Enum
        where TMirror : struct, Enum
    {
        var expected = Enum.GetValues<TPublic>().Select(value => (value.ToString(), Convert.ToInt32(value)));
        var actual = Enum.GetValues<TMirror>().Select(value => (value.ToString(), Convert.ToInt32(value)));
        Assert.Equal(expected, actual);
    }
}
