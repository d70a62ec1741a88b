using SpecAnalyzers.Model;

namespace SpecAnalyzers.Tests.Rules.Spec1xx;

/// <summary>
/// SPEC106: RemoveBy / ReviewBy has passed. Every test runs on <see cref="TestReferences.ReferenceDate"/>
/// (2026-11-01) unless it says otherwise.
/// </summary>
public sealed class DatePassedTests
{
    private const string Rule = "SPEC106";
    private const string Flag = "Feature flag 'offline-lyrics' (OfflineLyrics)";
    private const string RemoveAdvice = "remove the flag, or agree a new date and record why";
    private const string ReviewAdvice = "review the tweak plan and set the next review date";

    [Fact]
    public Task RemoveByTheDayBefore_Reported() =>
        RuleVerifier.VerifyAsync(Rule, """
            using SpecAnalyzers;
            [FeatureFlag("offline-lyrics", Phase = Phase.Tweak, RemoveBy = {|#0:"2026-10-31"|})]
            public sealed class OfflineLyrics { }
            """,
            RuleVerifier.Diagnostic(Rule).WithLocation(0).WithArguments(Flag, "RemoveBy 2026-10-31 has passed", "2026-11-01", RemoveAdvice));

    [Fact]
    public Task DatesOnOrAfterReferenceDate_NoDiagnostic() =>
        RuleVerifier.VerifyAsync(Rule, """
            using SpecAnalyzers;
            [FeatureFlag("offline-lyrics", RemoveBy = "2026-11-01")]
            [TweakPlan("Trim the cache", ReviewBy = "2027-02-01")]
            public sealed class OfflineLyrics { }
            """);

    [Fact]
    public Task ReviewByPassedInOtherPartialFile_ReportedThereWithReviewAdvice() =>
        RuleVerifier.VerifyAsync(Rule, ["""
            using SpecAnalyzers;
            [Experiment("lyrics-card-share", Phase = Phase.Tweak, RolloutPercent = 50)]
            public sealed partial class LyricsCardShare { }
            """, """
            using Plan = SpecAnalyzers.TweakPlanAttribute;
            internal static class Reviews { public const string Q3 = "2026-09-30"; }

            [Plan("Drop unused card themes", ReviewBy = {|#0:Reviews.Q3|})]
            public sealed partial class LyricsCardShare { }
            """],
            RuleVerifier.Diagnostic(Rule).WithLocation(0).WithArguments(
                "Experiment 'lyrics-card-share' (LyricsCardShare)", "ReviewBy 2026-09-30 has passed", "2026-11-01", ReviewAdvice));

    [Fact]
    public Task RetiredSpec_RemoveByStillReportedButReviewByNot() =>
        RuleVerifier.VerifyAsync(Rule, """
            using SpecAnalyzers;
            [FeatureFlag("offline-lyrics", Phase = Phase.Retired, Outcome = Outcome.RolledBack, RemoveBy = {|#0:"2026-01-31"|})]
            [TweakPlan("Trim the cache", ReviewBy = "2026-01-15")]
            public sealed class OfflineLyrics { }
            """,
            RuleVerifier.Diagnostic(Rule).WithLocation(0).WithArguments(Flag, "RemoveBy 2026-01-31 has passed", "2026-11-01", RemoveAdvice));

    [Theory]
    [InlineData("2026-10-02", false)]
    [InlineData("2026-10-01", true)]
    public Task GraceDays_DelayTheReport(string removeBy, bool reported)
    {
        var test = RuleVerifier.Create(Rule, $$"""
            using SpecAnalyzers;
            [FeatureFlag("offline-lyrics", RemoveBy = {|#0:"{{removeBy}}"|})]
            public sealed class OfflineLyrics { }
            """);
        test.TestState.AnalyzerConfigFiles.Add(RuleVerifier.EditorConfig("spec_analyzers.stale_grace_days = 30"));
        if (reported)
        {
            test.ExpectedDiagnostics.Add(RuleVerifier.Diagnostic(Rule).WithLocation(0).WithArguments(Flag, "RemoveBy " + removeBy + " has passed", "2026-11-01", RemoveAdvice));
        }

        return test.RunAsync();
    }

    [Theory]
    [InlineData("2028-02-29", "2028-02-29", false)]
    [InlineData("2028-03-01", "2028-02-29", true)]
    [InlineData("2027-03-01", "2027-02-28", true)]
    public Task LeapDay_ComparedAsADay(string referenceDate, string removeBy, bool reported)
    {
        var test = RuleVerifier.Create(Rule, $$"""
            using SpecAnalyzers;
            [FeatureFlag("offline-lyrics", RemoveBy = {|#0:"{{removeBy}}"|})]
            public sealed class OfflineLyrics { }
            """);
        test.TestState.AnalyzerConfigFiles.Add(RuleVerifier.EditorConfig("spec_analyzers.reference_date = " + referenceDate));
        if (reported)
        {
            test.ExpectedDiagnostics.Add(RuleVerifier.Diagnostic(Rule).WithLocation(0).WithArguments(Flag, "RemoveBy " + removeBy + " has passed", referenceDate, RemoveAdvice));
        }

        return test.RunAsync();
    }

    [Fact]
    public Task EditorConfigPerFolder_EachFileUsesItsOwnReferenceDate()
    {
        var test = RuleVerifier.Create(Rule);
        test.TestState.Sources.Add(("/Legacy/OldFlag.cs", """
            [SpecAnalyzers.FeatureFlag("old-flag", RemoveBy = "2026-06-30")]
            public sealed class OldFlag { }
            """));
        test.TestState.Sources.Add(("/Current/NewFlag.cs", """
            [SpecAnalyzers.FeatureFlag("new-flag", RemoveBy = {|#0:"2026-06-30"|})]
            public sealed class NewFlag { }
            """));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", """
            root = true

            [Legacy/*.cs]
            spec_analyzers.reference_date = 2026-01-01
            """));
        test.ExpectedDiagnostics.Add(RuleVerifier.Diagnostic(Rule).WithLocation(0).WithArguments(
            "Feature flag 'new-flag' (NewFlag)", "RemoveBy 2026-06-30 has passed", "2026-11-01", RemoveAdvice));
        return test.RunAsync();
    }

    [Fact]
    public Task MsBuildProperty_WinsOverEditorConfig()
    {
        var test = RuleVerifier.Create(Rule, """
            [SpecAnalyzers.FeatureFlag("offline-lyrics", RemoveBy = {|#0:"2027-06-30"|})]
            public sealed class OfflineLyrics { }
            """);
        test.TestState.AnalyzerConfigFiles.Add(("/build.globalconfig", """
            is_global = true
            build_property.SpecAnalyzersReferenceDate = 2027-07-01
            """));
        test.ExpectedDiagnostics.Add(RuleVerifier.Diagnostic(Rule).WithLocation(0).WithArguments(Flag, "RemoveBy 2027-06-30 has passed", "2027-07-01", RemoveAdvice));
        return test.RunAsync();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("spec_analyzers.reference_date = someday")]
    [InlineData("spec_analyzers.reference_date = 2027-02-29")]
    public Task NoUsableReferenceDate_TodayInUtc(string? option)
    {
        var today = DateTime.UtcNow.Date;
        var yesterday = IsoDate.ToText(today.AddDays(-1));
        var test = RuleVerifier.Create(Rule, $$"""
            using SpecAnalyzers;
            [FeatureFlag("offline-lyrics", RemoveBy = {|#0:"{{yesterday}}"|})]
            [TweakPlan("Trim the cache", ReviewBy = "{{IsoDate.ToText(today.AddDays(1))}}")]
            public sealed class OfflineLyrics { }
            """);
        test.TestState.AnalyzerConfigFiles.Clear();
        if (option is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(RuleVerifier.EditorConfig(option));
        }

        test.ExpectedDiagnostics.Add(RuleVerifier.Diagnostic(Rule).WithLocation(0).WithArguments(Flag, "RemoveBy " + yesterday + " has passed", IsoDate.ToText(today), RemoveAdvice));
        return test.RunAsync();
    }

    [Fact]
    public Task ImpossibleDate_LeftToSpec105() =>
        RuleVerifier.VerifyAsync(Rule, """
            using SpecAnalyzers;
            [FeatureFlag("offline-lyrics", RemoveBy = "2025-02-29")]
            [TweakPlan("Trim the cache", ReviewBy = "01/01/2020")]
            public sealed class OfflineLyrics { }
            """);
}
