using SpecAnalyzers.Model;

namespace SpecAnalyzers.Tests.Rules.Spec1xx;

/// <summary>SPEC105: RemoveBy and ReviewBy must be real days written yyyy-MM-dd.</summary>
public sealed class InvalidDateTests
{
    private const string Rule = "SPEC105";
    private const string Flag = "Feature flag 'offline-lyrics' (OfflineLyrics)";

    [Theory]
    [InlineData("2027-06-30")]
    [InlineData("2028-02-29")]
    [InlineData("2000-02-29")]
    [InlineData("2027-12-31")]
    [InlineData("0001-01-01")]
    public Task RealDates_NoDiagnostic(string date) =>
        RuleVerifier.VerifyAsync(Rule, $$"""
            using SpecAnalyzers;
            [FeatureFlag("offline-lyrics", RemoveBy = "{{date}}")]
            [TweakPlan("Trim the cache", ReviewBy = "{{date}}")]
            public sealed class OfflineLyrics { }
            """);

    [Theory]
    [InlineData("2027-02-29")]
    [InlineData("2100-02-29")]
    [InlineData("2027-04-31")]
    [InlineData("2027-13-01")]
    [InlineData("2027-00-10")]
    [InlineData("2027-01-00")]
    [InlineData("0000-01-01")]
    [InlineData("2027-6-30")]
    [InlineData("30/06/2027")]
    [InlineData("2027/06/30")]
    [InlineData(" 2027-06-30")]
    [InlineData("2027-06-30T00:00")]
    [InlineData("20270630")]
    [InlineData("２０２７-06-30")]
    [InlineData("")]
    [InlineData("next quarter")]
    public Task ImpossibleOrMisspelledRemoveBy_ReportedOnValue(string date) =>
        RuleVerifier.VerifyAsync(Rule, $$"""
            using SpecAnalyzers;
            [FeatureFlag("offline-lyrics", Phase = Phase.Build, RemoveBy = {|#0:"{{date}}"|})]
            public sealed class OfflineLyrics { }
            """,
            RuleVerifier.Diagnostic(Rule).WithLocation(0).WithArguments(Flag, "RemoveBy", date));

    [Fact]
    public Task ReviewByInOtherPartialFile_ReportedThere() =>
        RuleVerifier.VerifyAsync(Rule, ["""
            using SpecAnalyzers;
            [Experiment("lyrics-card-share", RemoveBy = "2028-02-29")]
            public sealed partial class LyricsCardShare { }
            """, """
            using SpecAnalyzers;
            [TweakPlan("Cut render time", ReviewBy = {|#0:"2027-02-29"|})]
            public sealed partial class LyricsCardShare { }
            """],
            RuleVerifier.Diagnostic(Rule).WithLocation(0).WithArguments("Experiment 'lyrics-card-share' (LyricsCardShare)", "ReviewBy", "2027-02-29"));

    [Fact]
    public Task ConstantDatesThroughAlias_ReportedOnConstantReference() =>
        RuleVerifier.VerifyAsync(Rule, """
            using Plan = SpecAnalyzers.TweakPlanAttribute;
            internal static class Dates
            {
                public const string EndOfQuarter = "2027-09-31";
                public const string Launch = "2027-" + "03-01";
            }

            [SpecAnalyzers.FeatureFlag("offline-lyrics", RemoveBy = Dates.Launch)]
            [Plan(plan: "Trim the cache", ReviewBy = {|#0:Dates.EndOfQuarter|})]
            public sealed class OfflineLyrics { }
            """,
            RuleVerifier.Diagnostic(Rule).WithLocation(0).WithArguments(Flag, "ReviewBy", "2027-09-31"));

    [Fact]
    public Task RetiredSpec_DatesStillChecked() =>
        RuleVerifier.VerifyAsync(Rule, """
            using SpecAnalyzers;
            [FeatureFlag("offline-lyrics", Phase = Phase.Retired, Outcome = Outcome.Shipped, RemoveBy = {|#0:"2026-02-30"|})]
            [TweakPlan("Trim the cache", ReviewBy = {|#1:"2026-31-01"|})]
            public sealed class OfflineLyrics { }
            """,
            RuleVerifier.Diagnostic(Rule).WithLocation(0).WithArguments(Flag, "RemoveBy", "2026-02-30"),
            RuleVerifier.Diagnostic(Rule).WithLocation(1).WithArguments(Flag, "ReviewBy", "2026-31-01"));

    [Fact]
    public Task UnwrittenOrNullDates_NoDiagnostic() =>
        RuleVerifier.VerifyAsync(Rule, """
            using SpecAnalyzers;
            [FeatureFlag("offline-lyrics", RemoveBy = null)]
            [TweakPlan("Trim the cache")]
            public sealed class OfflineLyrics { }
            """);

    [Fact]
    public async Task HalfTypedDate_NoCrashAndNoDiagnostic()
    {
        var diagnostics = await AnalyzerRunner.GetAnalyzerDiagnosticsAsync("""
            using SpecAnalyzers;
            [FeatureFlag("offline-lyrics", RemoveBy = "2027-0
            [TweakPlan("Trim", ReviewBy = 20270101)]
            public sealed class OfflineLyrics { }
            """);

        Assert.All(diagnostics, diagnostic => Assert.StartsWith("SPEC", diagnostic.Id));
    }

    [Theory]
    [InlineData("2028-02-29", true)]
    [InlineData("2027-02-29", false)]
    [InlineData("9999-12-31", true)]
    [InlineData("2027-06-3a", false)]
    [InlineData(null, false)]
    public void IsoDate_ParsesExactlyAndIndependentOfCulture(string? text, bool valid)
    {
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("th-TH");
            Assert.Equal(valid, IsoDate.TryParse(text, out var date));
            if (valid)
            {
                Assert.Equal(text, IsoDate.ToText(date));
            }
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }
    }
}
