using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using SpecAnalyzers.CodeFixes;
using Verify = SpecAnalyzers.Tests.Verifiers.FlagTest;

namespace SpecAnalyzers.Tests.Rules.Spec2xx;

/// <summary>
/// SPEC201 on a first install: while a compilation declares and references no spec, its undeclared keys are reported
/// once, at Info severity, on the first call site, and the fix declares them all; from the first spec on, each key.
/// </summary>
public sealed class FirstInstallSummaryTests
{
    private const string Storefront = """
        using System.Threading.Tasks;
        using Microsoft.FeatureManagement;
        using Microsoft.FeatureManagement.Mvc;

        namespace Shop.Web
        {
            public sealed class Storefront
            {
                public Task<bool> A(IFeatureManager features) => features.IsEnabledAsync({|#0:"Home"|});
                public Task<bool> B(IFeatureManager features) => features.IsEnabledAsync("NewCheckout");

                [FeatureGate("Beta")]
                public void C() { }
            }
        }
        """;

    private const string Checkout = """
        using System.Threading.Tasks;
        using Microsoft.FeatureManagement;

        namespace Shop.Web
        {
            public sealed class Checkout
            {
                public Task<bool> D(IFeatureManager features) => features.IsEnabledAsync("Home");
            }
        }
        """;

    private static DiagnosticResult Summary(string firstKey, int others) =>
        Verify.Diagnostic("SPEC201").WithSeverity(DiagnosticSeverity.Info).WithLocation(0).WithArguments(
            firstKey,
            ", nor are " + others + " other keys evaluated or configured in this project, which declares no spec yet: declare them all with this "
            + "diagnostic's code fix (see docs/adoption.md)");

    [Fact]
    public Task NoSpecAnywhere_OneInfoSummaryOnTheFirstCallSite()
    {
        var test = Verify.Create(Storefront, Checkout);
        test.ExpectedDiagnostics.Add(Summary("Home", 2));
        return test.RunAsync();
    }

    [Fact]
    public Task OneKey_SaysSo() =>
        Verify.VerifyAsync([Checkout.Replace("\"Home\"", "{|#0:\"Home\"|}")],
            Verify.Diagnostic("SPEC201").WithSeverity(DiagnosticSeverity.Info).WithLocation(0).WithArguments(
                "Home",
                " evaluated or configured in this project, which declares no spec yet: declare it with this diagnostic's code fix "
                + "(see docs/adoption.md)"));

    [Fact]
    public Task FirstSpecDeclared_EveryUndeclaredKeyReportedAgain()
    {
        var test = Verify.Create(
            Storefront.Replace("{|#0:\"Home\"|}", "\"Home\"").Replace("(\"NewCheckout\")", "({|#1:\"NewCheckout\"|})").Replace("(\"Beta\")", "({|#2:\"Beta\"|})"),
            Checkout,
            """
            namespace Shop.Specs;

            [SpecAnalyzers.FeatureFlag("Home")]
            public sealed class Home { }
            """);
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("SPEC201").WithLocation(1).WithArguments("NewCheckout", "; declare it with [FeatureFlag(\"NewCheckout\")] or [Experiment(\"NewCheckout\")]"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("SPEC201").WithLocation(2).WithArguments("Beta", "; declare it with [FeatureFlag(\"Beta\")] or [Experiment(\"Beta\")]"));
        return test.RunAsync();
    }

    /// <summary>The configuration names one flag no call site evaluates (and one that is, in another case).</summary>
    private const string AppSettings = """
        { "FeatureManagement": { "home": true, "Wishlist": false } }
        """;

    [Fact]
    public Task ConfiguredFlags_CountedInTheSummaryNotReportedOneByOne()
    {
        var test = Verify.Create(Storefront, Checkout);
        test.DisabledDiagnostics.Remove("SPEC401");
        test.TestState.AdditionalFiles.Add(("appsettings.json", AppSettings));
        test.ExpectedDiagnostics.Add(Summary("Home", 3));
        return test.RunAsync();
    }

    [Theory]
    [InlineData(null, "2026-04-15")]
    [InlineData("spec_analyzers.adoption_exemption_until = 2026-09-30", "2026-09-30")]
    [InlineData("spec_analyzers.adoption_exemption_until = someday", "2026-04-15")]
    public async Task SummaryFix_AdoptsEveryKeyOnceBesideTheFirstCallSite(string? adoptionSetting, string until)
    {
        var test = CodeFixVerifier<DeclareSpecCodeFix>.Create(Verify.CallSiteRules);
        test.ReferenceAssemblies = TestReferences.Net100;
        test.TestState.AdditionalReferences.AddRange([.. FlagLibraries.AspNetCore, .. FlagLibraries.FeatureManagement]);
        test.FixedState.AdditionalReferences.AddRange([.. FlagLibraries.AspNetCore, .. FlagLibraries.FeatureManagement]);
        // The first call site in path order is Checkout.cs's "Home".
        test.TestState.Sources.Add(("/0/Web/Checkout.cs", Checkout.Replace("(\"Home\")", "({|#0:\"Home\"|})")));
        test.TestState.Sources.Add(("/0/Web/Storefront.cs", Storefront.Replace("{|#0:\"Home\"|}", "\"Home\"")));
        test.TestState.AdditionalFiles.Add(("/0/appsettings.json", AppSettings));
        test.FixedState.Sources.Add(("/0/Web/Checkout.cs", Checkout));
        test.FixedState.Sources.Add(("/0/Web/Storefront.cs", Storefront.Replace("{|#0:", string.Empty).Replace("|}", string.Empty)));
        test.FixedState.AdditionalFiles.Add(("/0/appsettings.json", AppSettings));

        // Each adopted spec carries the exemption with the team's date (else the reference date + 90 days), its tweak
        // plan is reviewed then, and it has no metric stub; Wishlist is only configured and is adopted too.
        foreach (var key in new[] { "Home", "NewCheckout", "Beta", "Wishlist" })
        {
            test.FixedState.Sources.Add(($"/0/Web/{key}.cs", $$"""
                using SpecAnalyzers;

                namespace Shop.Web;

                [FeatureFlag("{{key}}")]
                [AdoptionExemption("{{until}}")]
                [Owner("TODO: owner")]
                [Hypothesis("TODO: We believe [change] for [audience] will [move metric] because [insight]")]
                [TweakPlan("TODO: what we will optimise or cut once this ships", ReviewBy = "{{until}}")]
                public sealed class {{key}} { }

                """));
        }

        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\nspec_analyzers.reference_date = 2026-01-15\n" + adoptionSetting + "\n"));
        test.CodeActionEquivalenceKey = DeclareSpecCodeFix.DeclareFeatureFlag;
        test.DisabledDiagnostics.Add("SPEC204");

        // The summary is reported at the compilation's end (it counts every key), so it is not a local diagnostic.
        // The verifier applies the fix once and through Fix All in document, project and solution: each writes the same.
        test.CodeFixTestBehaviors |= CodeFixTestBehaviors.SkipLocalDiagnosticCheck;
        test.ExpectedDiagnostics.Add(Summary("Home", 3));
        await test.RunAsync();
    }
}
