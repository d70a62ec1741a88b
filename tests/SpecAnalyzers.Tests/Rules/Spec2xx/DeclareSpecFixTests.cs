using Microsoft.CodeAnalysis.Testing;
using SpecAnalyzers.CodeFixes;
using Fix = SpecAnalyzers.Tests.Verifiers.FlagFixTest<SpecAnalyzers.CodeFixes.DeclareSpecCodeFix>;

namespace SpecAnalyzers.Tests.Rules.Spec2xx;

/// <summary>
/// SPEC201 "Declare feature flag / experiment 'x'": a new key gets its spec, with the four parts as templates and a
/// success metric stub, in a new file beside the compilation's specs (built by the code fixes' spec builder).
/// </summary>
public sealed class DeclareSpecFixTests
{
    private const string ReferenceDate = "root = true\n\n[*.cs]\nspec_analyzers.reference_date = 2026-01-15\n";

    private const string CallSite = """
        using System.Threading.Tasks;
        using Microsoft.FeatureManagement;

        namespace Music.Web
        {
            public sealed class Karaoke
            {
                public Task<bool> M(IFeatureManager features) => features.IsEnabledAsync({|#0:"karaoke-mode"|});
            }
        }
        """;

    private static string NewSpec(string attribute, string namespaceLine) => $$"""
        using SpecAnalyzers;

        {{namespaceLine}}

        [{{attribute}}("karaoke-mode")]
        [Owner("TODO: owner")]
        [Hypothesis("TODO: We believe [change] for [audience] will [move metric] because [insight]")]
        [SuccessMetric(typeof(KaraokeModeSuccessMetric), MinimumDetectableEffect = 0.02)]
        [TweakPlan("TODO: what we will optimise or cut once this ships", ReviewBy = "2026-04-15")]
        public sealed class KaraokeMode { }

        [Metric("karaoke_mode.success", Direction = MetricDirection.Increase, Description = "TODO: what this metric measures and where it is computed")]
        public sealed class KaraokeModeSuccessMetric { }

        """;

    /// <summary>What the first-install summary's fix writes: the flag existed before the team adopted SpecAnalyzers.</summary>
    private static string AdoptedSpec(string namespaceLine, string until) => $$"""
        using SpecAnalyzers;

        {{namespaceLine}}

        [FeatureFlag("karaoke-mode")]
        [AdoptionExemption("{{until}}")]
        [Owner("TODO: owner")]
        [Hypothesis("TODO: We believe [change] for [audience] will [move metric] because [insight]")]
        [TweakPlan("TODO: what we will optimise or cut once this ships", ReviewBy = "{{until}}")]
        public sealed class KaraokeMode { }

        """;

    private static readonly DiagnosticResult Undeclared = Fix.Diagnostic("SPEC201").WithLocation(0)
        .WithArguments("karaoke-mode", "; declare it with [FeatureFlag(\"karaoke-mode\")] or [Experiment(\"karaoke-mode\")]");

    private static CodeFixVerifier<DeclareSpecCodeFix>.Test Create(string equivalenceKey, string newSpec)
    {
        var test = Fix.Create(CallSite, CallSite.Replace("{|#0:", string.Empty).Replace("|}", string.Empty));
        test.FixedState.Sources.Add(("KaraokeMode.cs", newSpec));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", ReferenceDate));
        test.CodeActionEquivalenceKey = equivalenceKey;
        test.ExpectedDiagnostics.Add(Undeclared);
        return test;
    }

    [Fact]
    public Task NewKey_FeatureFlagDeclaredBesideTheSpecsInTheirNamespace()
    {
        var test = Create(DeclareSpecCodeFix.DeclareFeatureFlag, NewSpec("FeatureFlag", "namespace Music.Specs;"));
        test.CodeActionIndex = 0;
        return test.RunAsync();
    }

    [Theory]
    [InlineData("spec_analyzers.adoption_exemption_until = 2026-06-30", false)]
    [InlineData("spec_analyzers.declare_as_adopted = false\nspec_analyzers.adoption_exemption_until = 2026-06-30", false)]
    [InlineData("spec_analyzers.declare_as_adopted = true\nspec_analyzers.adoption_exemption_until = 2026-06-30", true)]
    public Task NewKeyAfterAdoption_AdoptedOnlyWhenDeclareAsAdoptedIsOn(string settings, bool adopted)
    {
        var newSpec = adopted ? AdoptedSpec("namespace Music.Specs;", "2026-06-30") : NewSpec("FeatureFlag", "namespace Music.Specs;");
        var test = Create(DeclareSpecCodeFix.DeclareFeatureFlag, newSpec);
        test.TestState.AnalyzerConfigFiles.Clear();
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", ReferenceDate + settings + "\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task NewKey_ExperimentDeclared()
    {
        var test = Create(DeclareSpecCodeFix.DeclareExperiment, NewSpec("Experiment", "namespace Music.Specs;"));
        test.CodeActionIndex = 1;
        return test.RunAsync();
    }

    [Fact]
    public async Task NoSpecsYet_DeclaredBesideTheCallSiteInItsNamespace()
    {
        var test = CodeFixVerifier<DeclareSpecCodeFix>.Create(FlagTest.CallSiteRules);
        test.ReferenceAssemblies = TestReferences.Net100;
        test.TestState.AdditionalReferences.AddRange([.. FlagLibraries.AspNetCore, .. FlagLibraries.FeatureManagement]);
        test.FixedState.AdditionalReferences.AddRange([.. FlagLibraries.AspNetCore, .. FlagLibraries.FeatureManagement]);
        test.TestState.Sources.Add(("/0/Karaoke.cs", CallSite));
        test.FixedState.Sources.Add(("/0/Karaoke.cs", CallSite.Replace("{|#0:", string.Empty).Replace("|}", string.Empty)));
        test.FixedState.Sources.Add(("/0/KaraokeMode.cs", AdoptedSpec("namespace Music.Web;", "2026-04-15")));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", ReferenceDate));
        test.CodeActionEquivalenceKey = DeclareSpecCodeFix.DeclareFeatureFlag;
        test.DisabledDiagnostics.Add("SPEC204");

        // The summary is reported at the compilation's end (it counts every key), so it is not a local diagnostic.
        test.CodeFixTestBehaviors |= CodeFixTestBehaviors.SkipLocalDiagnosticCheck;
        // With no spec anywhere, the key is in the first-install summary (Info), whose fix adopts it: an exemption until
        // the reference date + 90 days, the tweak plan reviewed then, no metric stub.
        test.ExpectedDiagnostics.Add(Fix.Diagnostic("SPEC201").WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Info).WithLocation(0).WithArguments(
            "karaoke-mode",
            " evaluated or configured in this project, which declares no spec yet: declare it with this diagnostic's code fix "
            + "(see docs/adoption.md)"));
        await test.RunAsync();
    }

    /// <summary>Any key style is declared as written: spec_analyzers.key_style is SPEC104's business, not the fix's.</summary>
    [Fact]
    public Task KeyInAnyStyle_DeclaredAsWrittenUnderItsPascalCaseName()
    {
        var source = """
            using System.Threading.Tasks;
            using Microsoft.FeatureManagement;

            namespace Music.Web
            {
                public sealed class Karaoke
                {
                    public Task<bool> M(IFeatureManager features) => features.IsEnabledAsync({|#0:"Karaoke_Mode"|});
                }
            }
            """;
        var test = Fix.Create(source, source.Replace("{|#0:", string.Empty).Replace("|}", string.Empty));
        test.FixedState.Sources.Add(("KaraokeMode.cs", NewSpec("FeatureFlag", "namespace Music.Specs;")
            .Replace("(\"karaoke-mode\")", "(\"Karaoke_Mode\")")));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", ReferenceDate));
        test.CodeActionEquivalenceKey = DeclareSpecCodeFix.DeclareFeatureFlag;
        test.ExpectedDiagnostics.Add(Fix.Diagnostic("SPEC201").WithLocation(0)
            .WithArguments("Karaoke_Mode", "; declare it with [FeatureFlag(\"Karaoke_Mode\")] or [Experiment(\"Karaoke_Mode\")]"));
        return test.RunAsync();
    }

    [Fact]
    public Task FixAll_EveryKeyOnceOneFilePerSpecWhateverItsCase()
    {
        var first = """
            using System.Threading.Tasks;
            using Microsoft.FeatureManagement;

            namespace Music.Web
            {
                public sealed class Storefront
                {
                    public Task<bool> A(IFeatureManager features) => features.IsEnabledAsync({|#0:"Home"|});
                    public Task<bool> B(IFeatureManager features) => features.IsEnabledAsync({|#1:"NewCheckout"|});
                }
            }
            """;
        var second = """
            using System.Threading.Tasks;
            using Microsoft.FeatureManagement;

            namespace Music.Web
            {
                public sealed class Checkout
                {
                    public Task<bool> C(IFeatureManager features) => features.IsEnabledAsync({|#2:"newcheckout"|});
                }
            }
            """;
        static string Plain(string text) => text.Replace("{|#0:", string.Empty).Replace("{|#1:", string.Empty).Replace("{|#2:", string.Empty).Replace("|}", string.Empty);
        static string Spec(string key, string type) => NewSpec("FeatureFlag", "namespace Music.Specs;")
            .Replace("\"karaoke-mode\"", "\"" + key + "\"")
            .Replace("karaoke_mode.success", SpecAnalyzers.CodeFixes.Building.SpecNames.ToSnakeCase(key) + ".success")
            .Replace("KaraokeMode", type);

        var test = Fix.Create(first, Plain(first));
        test.TestState.Sources.Add(("Checkout.cs", second));
        test.FixedState.Sources.Add(("Checkout.cs", Plain(second)));
        test.FixedState.Sources.Add(("Home.cs", Spec("Home", "Home")));
        test.FixedState.Sources.Add(("NewCheckout.cs", Spec("NewCheckout", "NewCheckout")));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", ReferenceDate));
        test.CodeActionEquivalenceKey = DeclareSpecCodeFix.DeclareFeatureFlag;
        foreach (var (location, key) in new[] { (0, "Home"), (1, "NewCheckout"), (2, "newcheckout") })
        {
            test.ExpectedDiagnostics.Add(Fix.Diagnostic("SPEC201").WithLocation(location)
                .WithArguments(key, "; declare it with [FeatureFlag(\"" + key + "\")] or [Experiment(\"" + key + "\")]"));
        }

        return test.RunAsync();
    }

    [Fact]
    public Task TypeNameTaken_NotDeclared()
    {
        var source = CallSite + """

            namespace Music.Specs
            {
                public sealed class KaraokeMode { }
            }
            """;
        return Fix.VerifyAsync(source, source, Undeclared);
    }
}
