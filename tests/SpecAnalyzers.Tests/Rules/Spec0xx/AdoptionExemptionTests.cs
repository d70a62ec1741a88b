using Microsoft.CodeAnalysis.Testing;
using SpecAnalyzers.Templates;

namespace SpecAnalyzers.Tests.Rules.Spec0xx;

/// <summary>
/// <c>[AdoptionExemption("yyyy-MM-dd")]</c>: until its date an adopted spec's mission rules (SPEC001–SPEC005, and
/// SPEC101 on the hypothesis's insight, SPEC304 on its goal) leave it alone; from the date on they report it and SPEC106 says why. A date
/// that is not a date exempts nothing (SPEC105); on a type that is no spec it is SPEC108. Every test runs on
/// <see cref="TestReferences.ReferenceDate"/> (2026-11-01) unless it says otherwise.
/// </summary>
public sealed class AdoptionExemptionTests
{
    private static readonly string[] Rules = ["SPEC001", "SPEC002", "SPEC003", "SPEC004", "SPEC005", "SPEC101", "SPEC105", "SPEC106", "SPEC108", "SPEC304"];
    /// <summary>For the specs whose complete hypothesis names no goal: SPEC304 is not what they are about.</summary>
    private static readonly string[] RulesButGoalLink = Rules[..^1];
    private const string Flag = "Feature flag 'Checkout' (Checkout)";
    private const string Ended = "its mission rules (SPEC001-SPEC005) apply now; write the parts they report, then remove [AdoptionExemption]";

    /// <summary>
    /// A hollow adopted spec with an unwritten insight and a metric stub; the stub's own description is SPEC101's on
    /// the metric, which no spec's exemption covers (the adoption declare writes no stub).
    /// </summary>
    private static string AdoptedSpec(string until) => $$"""
        using SpecAnalyzers;
        namespace Shop;

        [FeatureFlag("Checkout")]
        [AdoptionExemption({{until}})]
        [Owner({|#1:"{{SpecPartTemplates.Owner}}"|})]
        [{|#7:Hypothesis({|#2:"{{SpecPartTemplates.Hypothesis}}"|}, Insight = {|#3:"TBD"|})|}]
        [SuccessMetric({|#4:typeof(CheckoutSuccessMetric)|})]
        [TweakPlan({|#5:"{{SpecPartTemplates.TweakPlan}}"|}, ReviewBy = "2027-03-31")]
        public sealed class {|#0:Checkout|} { }

        [Metric("checkout.success", Description = {|#6:"{{SpecPartTemplates.MetricDescription}}"|})]
        public sealed class CheckoutSuccessMetric { }
        """;

    private static DiagnosticResult[] MissionRulesOnAdoptedSpec() =>
    [
        Placeholder(1, "owner", SpecPartTemplates.Owner),
        Placeholder(2, "hypothesis", SpecPartTemplates.Hypothesis),
        AnalyzerVerifier.Diagnostic("SPEC101").WithLocation(3).WithArguments(Flag, "insight", "TBD", "a placeholder"),
        AnalyzerVerifier.Diagnostic("SPEC005").WithLocation(4).WithArguments(Flag, "success metric", "CheckoutSuccessMetric", "an unfinished stub (its description is a placeholder)"),
        Placeholder(5, "tweak plan", SpecPartTemplates.TweakPlan),
        AnalyzerVerifier.Diagnostic("SPEC304").WithLocation(7).WithArguments(Flag),
    ];

    private static DiagnosticResult StubDescription() =>
        AnalyzerVerifier.Diagnostic("SPEC101").WithLocation(6).WithArguments("Metric CheckoutSuccessMetric", "description", SpecPartTemplates.MetricDescription, "a placeholder");

    [Theory]
    [InlineData("2026-11-02")]
    [InlineData("2030-01-01")]
    public Task BeforeTheDate_MissionRulesSilent(string until) =>
        AnalyzerVerifier.VerifyAsync(Rules, AdoptedSpec($"\"{until}\""), StubDescription());

    [Fact]
    public Task OnTheDate_MissionRulesReportAndSpec106SaysWhy()
    {
        var source = AdoptedSpec("{|#9:\"2026-11-01\"|}");
        return AnalyzerVerifier.VerifyAsync(Rules, source,
        [
            .. MissionRulesOnAdoptedSpec(),
            StubDescription(),
            AnalyzerVerifier.Diagnostic("SPEC106").WithLocation(9).WithArguments(Flag, "the adoption exemption ended on 2026-11-01", "2026-11-01", Ended),
        ]);
    }

    [Fact]
    public Task MissingParts_ExemptBeforeReportedAfter()
    {
        const string Source = """
            [SpecAnalyzers.FeatureFlag("Checkout")]
            [SpecAnalyzers.AdoptionExemption({|#1:"2027-03-31"|})]
            public sealed class {|#0:Checkout|} { }
            """;
        var before = AnalyzerVerifier.VerifyAsync(Rules, Source.Replace("{|#0:Checkout|}", "Checkout").Replace("{|#1:\"2027-03-31\"|}", "\"2027-03-31\""));
        var after = AnalyzerVerifier.Create(Rules);
        after.TestCode = Source;
        after.TestState.AnalyzerConfigFiles.Add(("/build.globalconfig", """
            is_global = true
            build_property.SpecAnalyzersReferenceDate = 2027-04-01
            """));
        after.ExpectedDiagnostics.AddRange(
        [
            AnalyzerVerifier.Diagnostic("SPEC001").WithLocation(0).WithArguments(Flag),
            AnalyzerVerifier.Diagnostic("SPEC002").WithLocation(0).WithArguments(Flag),
            AnalyzerVerifier.Diagnostic("SPEC003").WithLocation(0).WithArguments(Flag),
            AnalyzerVerifier.Diagnostic("SPEC004").WithLocation(0).WithArguments(Flag),
            AnalyzerVerifier.Diagnostic("SPEC106").WithLocation(1).WithArguments(Flag, "the adoption exemption ended on 2027-03-31", "2027-04-01", Ended),
        ]);
        return Task.WhenAll(before, after.RunAsync());
    }

    [Fact]
    public Task PartialSpecOverFiles_ConstantAliasAndFullName_ExemptEverywhere() =>
        AnalyzerVerifier.VerifyFilesAsync(Rules,
        [
            """
            using Exempt = SpecAnalyzers.AdoptionExemptionAttribute;
            namespace Shop;

            internal static class Adoption { public const string Until = "2027-03-31"; }

            [global::SpecAnalyzers.FeatureFlagAttribute("Checkout")]
            [Exempt(Adoption.Until, Reason = "declared when the team adopted SpecAnalyzers")]
            public sealed partial class Checkout { }
            """,
            """
            namespace Shop;

            [global::SpecAnalyzers.Owner("TODO: owner")]
            [SpecAnalyzers.HypothesisAttribute(statement: "TBD")]
            public sealed partial class Checkout { }
            """,
        ]);

    [Fact]
    public Task PartialSpecOverFiles_EndedExemptionReportedOnItsConstant() =>
        AnalyzerVerifier.VerifyFilesAsync(Rules,
        [
            """
            using Exempt = SpecAnalyzers.AdoptionExemptionAttribute;
            namespace Shop;

            internal static class Adoption { public const string Until = "2026-10-01"; }

            [global::SpecAnalyzers.FeatureFlagAttribute("Checkout")]
            [Exempt({|#1:Adoption.Until|})]
            public sealed partial class {|#0:Checkout|} { }
            """,
            """
            namespace Shop;

            [global::SpecAnalyzers.Owner("checkout-squad")]
            [SpecAnalyzers.TweakPlanAttribute("Cut the second payment step", ReviewBy = "2027-02-01")]
            public sealed partial class Checkout { }
            """,
        ],
        AnalyzerVerifier.Diagnostic("SPEC001").WithLocation(0).WithArguments(Flag),
        AnalyzerVerifier.Diagnostic("SPEC002").WithLocation(0).WithArguments(Flag),
        AnalyzerVerifier.Diagnostic("SPEC106").WithLocation(1).WithArguments(Flag, "the adoption exemption ended on 2026-10-01", "2026-11-01", Ended));

    [Theory]
    [InlineData("2027-02-29")]
    [InlineData("31.03.2027")]
    [InlineData("")]
    public Task MalformedDate_Spec105AndNoExemption(string until) =>
        AnalyzerVerifier.VerifyAsync(RulesButGoalLink, $$"""
            [SpecAnalyzers.FeatureFlag("Checkout")]
            [SpecAnalyzers.AdoptionExemption({|#1:"{{until}}"|})]
            [SpecAnalyzers.Owner("checkout-squad")]
            [SpecAnalyzers.Hypothesis("We believe one-page checkout will raise orders because 30% drop at step two")]
            [SpecAnalyzers.TweakPlan("Cut the second payment step", ReviewBy = "2027-02-01")]
            public sealed class {|#0:Checkout|} { }
            """,
            AnalyzerVerifier.Diagnostic("SPEC002").WithLocation(0).WithArguments(Flag),
            AnalyzerVerifier.Diagnostic("SPEC105").WithLocation(1).WithArguments(Flag, "AdoptionExemption", until));

    [Fact]
    public Task OnATypeThatIsNoSpec_Spec108() =>
        AnalyzerVerifier.VerifyAsync(Rules, """
            using SpecAnalyzers;

            [{|#0:AdoptionExemption("2027-03-31")|}]
            public sealed class CheckoutHelper { }

            [Metric("checkout.orders", Description = "Orders per session, from the orders table")]
            [{|#1:AdoptionExemption("2027-03-31")|}]
            public sealed class Orders { }
            """,
            AnalyzerVerifier.Diagnostic("SPEC108").WithLocation(0).WithArguments("AdoptionExemption", "CheckoutHelper"),
            AnalyzerVerifier.Diagnostic("SPEC108").WithLocation(1).WithArguments("AdoptionExemption", "Orders"));

    [Fact]
    public Task OtherRulesStillApply_StaleRemoveByReportedUnderExemption() =>
        AnalyzerVerifier.VerifyAsync(Rules, """
            [SpecAnalyzers.FeatureFlag("Checkout", RemoveBy = {|#0:"2026-06-30"|})]
            [SpecAnalyzers.AdoptionExemption("2027-03-31")]
            public sealed class Checkout { }
            """,
            AnalyzerVerifier.Diagnostic("SPEC106").WithLocation(0).WithArguments(Flag, "RemoveBy 2026-06-30 has passed", "2026-11-01", "remove the flag, or agree a new date and record why"));

    [Fact]
    public Task EditorConfigReferenceDate_PerFile()
    {
        var test = AnalyzerVerifier.Create(RulesButGoalLink);
        test.TestState.Sources.Add(("/Legacy/Checkout.cs", """
            [SpecAnalyzers.FeatureFlag("Checkout")]
            [SpecAnalyzers.AdoptionExemption({|#1:"2026-12-31"|})]
            [SpecAnalyzers.Owner("checkout-squad")]
            [SpecAnalyzers.Hypothesis("We believe one-page checkout will raise orders because 30% drop at step two")]
            [SpecAnalyzers.TweakPlan("Cut the second payment step", ReviewBy = "2027-02-01")]
            public sealed class {|#0:Checkout|} { }
            """));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", """
            root = true

            [Legacy/*.cs]
            spec_analyzers.reference_date = 2027-01-01
            """));
        test.ExpectedDiagnostics.Add(AnalyzerVerifier.Diagnostic("SPEC002").WithLocation(0).WithArguments(Flag));
        test.ExpectedDiagnostics.Add(AnalyzerVerifier.Diagnostic("SPEC106").WithLocation(1).WithArguments(Flag, "the adoption exemption ended on 2026-12-31", "2027-01-01", Ended));
        return test.RunAsync();
    }

    [Fact]
    public Task BrokenCode_UnboundDate_NoExemptionNoCrash() =>
        AnalyzerVerifier.VerifyAsync(RulesButGoalLink, """
            [SpecAnalyzers.FeatureFlag("Checkout")]
            [SpecAnalyzers.AdoptionExemption({|CS0103:Someday|})]
            [SpecAnalyzers.Owner("checkout-squad")]
            [SpecAnalyzers.Hypothesis("We believe one-page checkout will raise orders because 30% drop at step two")]
            [SpecAnalyzers.TweakPlan("Cut the second payment step", ReviewBy = "2027-02-01")]
            public sealed class {|#0:Checkout|} { }
            """,
            AnalyzerVerifier.Diagnostic("SPEC002").WithLocation(0).WithArguments(Flag));

    [Fact]
    public Task BrokenCode_NoDate_NoExemptionNoCrash() =>
        AnalyzerVerifier.VerifyAsync(["SPEC001", "SPEC105", "SPEC106"], """
            [SpecAnalyzers.FeatureFlag("Basket")]
            [{|CS7036:SpecAnalyzers.AdoptionExemption|}]
            public sealed class {|#0:Basket|} { }
            """,
            AnalyzerVerifier.Diagnostic("SPEC001").WithLocation(0).WithArguments("Feature flag 'Basket' (Basket)"));

    [Fact]
    public Task BrokenCode_WrittenTwice_TheFirstCountsNoCrash() =>
        AnalyzerVerifier.VerifyAsync(Rules, """
            [SpecAnalyzers.FeatureFlag("Wallet")]
            [SpecAnalyzers.AdoptionExemption("2027-03-31")]
            [{|CS0579:SpecAnalyzers.AdoptionExemption|}("2020-01-01")]
            public sealed class Wallet { }
            """);

    private static DiagnosticResult Placeholder(int location, string part, string text) =>
        AnalyzerVerifier.Diagnostic("SPEC005").WithLocation(location).WithArguments(Flag, part, text, "a placeholder");
}
