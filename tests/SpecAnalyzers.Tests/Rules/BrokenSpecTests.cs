namespace SpecAnalyzers.Tests.Rules;

/// <summary>
/// Half-typed specs, run the way the IDE runs analyzers (with every analyzer, through CompilationWithAnalyzers):
/// the validity and rigor rules must neither throw nor report anything but their own diagnostics.
/// </summary>
public sealed class BrokenSpecTests
{
    public static TheoryData<string> HalfTypedSpecs() => new()
    {
        """[FeatureFlag("offline-lyrics", RemoveBy = """,
        """[FeatureFlag("offline-lyrics", RemoveBy = "2027-02-""",
        """[Experiment("lyrics-card-share", Phase = Phase.Ship, RolloutPercent = 1""",
        """[Experiment("lyrics-card-share", Phase = Phase.""",
        """[Experiment(key: , Phase = Phase.Ship)] [Owner(""",
        """[FeatureFlag("x")] [Owner(null)] [Hypothesis(null, Goal = null, Insight = null)] [TweakPlan(null, ReviewBy = null)]""",
        """[FeatureFlag("x")] [SuccessMetric(null)] [GuardrailMetric(typeof(void))] [SuccessMetric(typeof(int[]))]""",
        """[FeatureFlag("x")] [SuccessMetric(typeof(System.Collections.Generic.List<>), MinimumDetectableEffect = double.NaN)]""",
        """[Experiment("x", Phase = (Phase)42, Outcome = (Outcome)(-1), RolloutPercent = -0)]""",
        """[Metric(""",
        """[Metric("a.b", Unit = )] [Goal(null, KeyResult = 3)]""",
        """[TweakPlan("plan", ReviewBy = "2027-02-30" + )]""",
        """[FeatureFlag("x"), Owner("a"), Owner("b")]""",
        """[FeatureFlagAttribute("x", "y", "z")]""",
        """[Owner("TODO")] [Owner("TODO")]""",
    };

    [Theory]
    [MemberData(nameof(HalfTypedSpecs))]
    public async Task HalfTypedSpec_NoCrash(string attributes)
    {
        var diagnostics = await AnalyzerRunner.GetAnalyzerDiagnosticsAsync(SpecSources.Catalog, $$"""
            using SpecAnalyzers;
            namespace Music
            {
                {{attributes}}
                public sealed partial class Spec { }

                {{attributes}}
                public sealed partial class Spec
            """);

        Assert.All(diagnostics, diagnostic => Assert.StartsWith("SPEC", diagnostic.Id));
    }
}
