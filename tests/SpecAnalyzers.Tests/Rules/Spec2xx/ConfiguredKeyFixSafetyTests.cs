using Microsoft.CodeAnalysis.Testing;
using SpecAnalyzers.CodeFixes;

namespace SpecAnalyzers.Tests.Rules.Spec2xx;

/// <summary>
/// SPEC201's fixes never change what runs. A call site whose key the flag configuration has works at run time: no fix
/// rewrites it (that would evaluate a key the configuration lacks, and turn the feature off); the spec is what is
/// missing, and "declare a spec" writes it with the configured spelling. A key the configuration lacks is replaced only
/// by a declared key the configuration has.
/// </summary>
public sealed class ConfiguredKeyFixSafetyTests
{
    private const string Specs = """
        using SpecAnalyzers;

        namespace Shop.Specs
        {
            [FeatureFlag("new-checkout", Phase = Phase.Build)]
            public sealed class NewCheckoutFlow { }

            [FeatureFlag("new-checkouts", Phase = Phase.Build)]
            public sealed class NewCheckoutsFlow { }
        }
        """;

    private const string Controller = """
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.FeatureManagement.Mvc;

        namespace Shop.Web
        {
            [FeatureGate({|#0:"NewCheckout"|})]
            public sealed class CheckoutController : Controller { }
        }
        """;

    private const string AppSettings = """
        {
          // as Microsoft.FeatureManagement's documentation writes flags
          "FeatureManagement": {
            "NewCheckout": true,
            "new-checkouts": false,
          }
        }
        """;

    private static readonly DiagnosticResult ConfiguredButUndeclared = AnalyzerVerifier.Diagnostic("SPEC201").WithLocation(0)
        .WithArguments("NewCheckout", "; it is configured in appsettings.json: declare it with [FeatureFlag(\"NewCheckout\")]");

    private static T Configure<T>(T test, string source)
        where T : AnalyzerTest<DefaultVerifier>
    {
        test.TestState.Sources.Add(("/0/Specs/Specs.cs", Specs));
        test.TestState.Sources.Add(("/0/Web/CheckoutController.cs", source));
        test.TestState.AdditionalFiles.Add(("/0/appsettings.json", AppSettings));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\nspec_analyzers.reference_date = 2026-01-15\n"));
        return test;
    }

    /// <summary>A fix test over the sources <see cref="Configure"/> adds; the fixed state names every file it expects.</summary>
    private static CodeFixVerifier<TFix>.Test FixTest<TFix>(string source)
        where TFix : Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider, new()
    {
        var test = CodeFixVerifier<TFix>.Create(FlagTest.CallSiteRules);
        test.ReferenceAssemblies = TestReferences.Net100;
        test.DisabledDiagnostics.Add("SPEC204");
        foreach (var state in new[] { test.TestState, test.FixedState })
        {
            state.AdditionalReferences.AddRange(FlagLibraries.AspNetCore);
            state.AdditionalReferences.AddRange(FlagLibraries.FeatureManagement);
        }

        return Configure(test, source);
    }

    [Fact]
    public Task ConfiguredKey_ReportedWithTheConfiguredSpelling()
    {
        var test = Configure(FlagTest.Create(), Controller);
        test.ExpectedDiagnostics.Add(ConfiguredButUndeclared);
        return test.RunAsync();
    }

    [Fact]
    public Task ConfiguredKey_NoFixRewritesTheCallSite()
    {
        // The fixed state is the test state: an offered action would change the controller's key and fail the test.
        var test = FixTest<FlagKeyCodeFix>(Controller);
        test.FixedState.Sources.Add(("/0/Specs/Specs.cs", Specs));
        test.FixedState.Sources.Add(("/0/Web/CheckoutController.cs", Controller));
        test.FixedState.AdditionalFiles.Add(("/0/appsettings.json", AppSettings));
        test.FixedState.ExpectedDiagnostics.Add(ConfiguredButUndeclared);
        test.ExpectedDiagnostics.Add(ConfiguredButUndeclared);
        return test.RunAsync();
    }

    [Fact]
    public Task ConfiguredKey_DeclareWritesTheConfiguredSpellingBesideTheSpecs()
    {
        var test = FixTest<DeclareSpecCodeFix>(Controller);
        test.FixedState.AdditionalFiles.Add(("/0/appsettings.json", AppSettings));
        test.FixedState.Sources.Add(("/0/Specs/Specs.cs", Specs));
        test.FixedState.Sources.Add(("/0/Web/CheckoutController.cs", Controller.Replace("{|#0:", string.Empty).Replace("|}", string.Empty)));
        test.FixedState.Sources.Add(("/0/Specs/NewCheckout.cs", """
            using SpecAnalyzers;

            namespace Shop.Specs;

            [FeatureFlag("NewCheckout")]
            [Owner("TODO: owner")]
            [Hypothesis("TODO: We believe [change] for [audience] will [move metric] because [insight]")]
            [SuccessMetric(typeof(NewCheckoutSuccessMetric), MinimumDetectableEffect = 0.02)]
            [TweakPlan("TODO: what we will optimise or cut once this ships", ReviewBy = "2026-04-15")]
            public sealed class NewCheckout { }

            [Metric("new_checkout.success", Direction = MetricDirection.Increase, Description = "TODO: what this metric measures and where it is computed")]
            public sealed class NewCheckoutSuccessMetric { }

            """));
        test.CodeActionEquivalenceKey = DeclareSpecCodeFix.DeclareFeatureFlag;
        test.ExpectedDiagnostics.Add(ConfiguredButUndeclared);
        return test.RunAsync();
    }

    [Fact]
    public Task UnconfiguredKey_ReplacedOnlyByAConfiguredDeclaredKey()
    {
        const string typo = """
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.FeatureManagement.Mvc;

            namespace Shop.Web
            {
                [FeatureGate({|#0:"new-checkoutz"|})]
                public sealed class CheckoutController : Controller { }
            }
            """;
        var test = FixTest<FlagKeyCodeFix>(typo);
        test.FixedState.Sources.Add(("/0/Specs/Specs.cs", Specs));
        test.FixedState.Sources.Add(("/0/Web/CheckoutController.cs", typo.Replace("{|#0:\"new-checkoutz\"|}", "\"new-checkouts\"")));
        test.FixedState.AdditionalFiles.Add(("/0/appsettings.json", AppSettings));

        // Both declared keys are one edit away; only new-checkouts is configured, so it is the one fix offered.
        test.ExpectedDiagnostics.Add(AnalyzerVerifier.Diagnostic("SPEC201").WithLocation(0)
            .WithArguments("new-checkoutz", ": did you mean 'new-checkout' or 'new-checkouts'?"));
        test.CodeActionIndex = 0;
        test.CodeActionEquivalenceKey = FlagKeyCodeFix.UseDeclaredKeyPrefix + "new-checkouts";
        return test.RunAsync();
    }
}
