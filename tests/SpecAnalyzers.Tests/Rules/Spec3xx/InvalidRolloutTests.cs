namespace SpecAnalyzers.Tests.Rules.Spec3xx;

/// <summary>SPEC302: RolloutPercent outside 0–100, or an experiment at Ship that exposes nobody.</summary>
public sealed class InvalidRolloutTests
{
    private const string Rule = "SPEC302";
    private const string Experiment = "Experiment 'lyrics-card-share' (LyricsCardShare)";

    [Theory]
    [InlineData("Build", 0)]
    [InlineData("Build", 100)]
    [InlineData("Ship", 1)]
    [InlineData("Ship", 100)]
    [InlineData("Tweak", 0)]
    [InlineData("Retired", 0)]
    public Task RolloutInRange_NoDiagnostic(string phase, int percent) =>
        RuleVerifier.VerifyAsync(Rule, $$"""
            using SpecAnalyzers;
            [Experiment("lyrics-card-share", Phase = Phase.{{phase}}, RolloutPercent = {{percent}})]
            public sealed class LyricsCardShare { }
            """);

    [Theory]
    [InlineData("Build", "101")]
    [InlineData("Ship", "101")]
    [InlineData("Think", "-1")]
    [InlineData("Tweak", "int.MaxValue")]
    [InlineData("Ship", "int.MinValue")]
    public Task RolloutOutOfRange_ReportedOnValue(string phase, string percent)
    {
        var value = percent switch
        {
            "int.MaxValue" => int.MaxValue,
            "int.MinValue" => int.MinValue,
            _ => int.Parse(percent, System.Globalization.CultureInfo.InvariantCulture),
        };
        return RuleVerifier.VerifyAsync(Rule, $$"""
            using SpecAnalyzers;
            [Experiment("lyrics-card-share", Phase = Phase.{{phase}}, RolloutPercent = {|#0:{{percent}}|})]
            public sealed class LyricsCardShare { }
            """,
            RuleVerifier.Diagnostic(Rule).WithLocation(0).WithArguments(Experiment, $"RolloutPercent {value} is outside 0–100"));
    }

    [Fact]
    public Task ShipWithoutRollout_ReportedOnExperimentAttribute() =>
        RuleVerifier.VerifyAsync(Rule, """
            using SpecAnalyzers;
            [{|#0:Experiment("lyrics-card-share", Phase = Phase.Ship)|}]
            public sealed class LyricsCardShare { }
            """,
            RuleVerifier.Diagnostic(Rule).WithLocation(0).WithArguments(Experiment, "it is at Ship with no RolloutPercent: set the share of users who get it (1–100)"));

    [Fact]
    public Task ShipWithZeroRollout_ReportedOnValue() =>
        RuleVerifier.VerifyAsync(Rule, """
            using SpecAnalyzers;
            [Experiment("lyrics-card-share", RolloutPercent = {|#0:0|}, Phase = Phase.Ship)]
            public sealed class LyricsCardShare { }
            """,
            RuleVerifier.Diagnostic(Rule).WithLocation(0).WithArguments(Experiment, "it is at Ship with RolloutPercent 0, so nobody is exposed: set the share of users who get it (1–100)"));

    [Fact]
    public Task ConstantRolloutThroughAliasInPartialSpec_ReportedOnConstant() =>
        RuleVerifier.VerifyAsync(Rule, ["""
            internal static class Rollouts
            {
                public const int Pilot = 5;
                public const int Everyone = Pilot * 30;
            }

            [SpecAnalyzers.Owner("lyrics-squad")]
            public sealed partial class LyricsCardShare { }
            """, """
            using Exp = SpecAnalyzers.ExperimentAttribute;
            [Exp("lyrics-card-share", RolloutPercent = {|#0:Rollouts.Everyone|})]
            public sealed partial class LyricsCardShare { }
            """],
            RuleVerifier.Diagnostic(Rule).WithLocation(0).WithArguments(Experiment, "RolloutPercent 150 is outside 0–100"));

    [Fact]
    public Task FeatureFlagAtShip_NoRolloutNeeded() =>
        RuleVerifier.VerifyAsync(Rule, """
            using SpecAnalyzers;
            [FeatureFlag("offline-lyrics", Phase = Phase.Ship)]
            public sealed class OfflineLyrics { }
            """);

    [Fact]
    public async Task RolloutBeingTyped_NotReportedAsMissing()
    {
        var diagnostics = await AnalyzerRunner.GetAnalyzerDiagnosticsAsync("""
            using SpecAnalyzers;
            [Experiment("lyrics-card-share", Phase = Phase.Ship, RolloutPercent = )]
            public sealed class A { }

            [Experiment("podcast-chapters", Phase = Phase.Ship, RolloutPercent = "five")]
            public sealed class B { }

            [FeatureFlag("offline-lyrics", RolloutPercent = 500)]
            public sealed class C { }
            """);

        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == Rule);
    }
}
