using static SpecAnalyzers.Tests.Verifiers.SpecSources;

namespace SpecAnalyzers.Tests.Rules.Spec3xx;

/// <summary>SPEC301: an experiment at Ship or Tweak must have a guardrail metric.</summary>
public sealed class MissingGuardrailTests
{
    private const string Rule = "SPEC301";

    [Theory]
    [InlineData("Ship")]
    [InlineData("Tweak")]
    public Task ExposedExperimentWithoutGuardrail_ReportedOnName(string phase) =>
        RuleVerifier.VerifyAsync(Rule, $$"""
            using SpecAnalyzers;
            namespace Music
            {
                [Experiment("lyrics-card-share", Phase = Phase.{{phase}}, RolloutPercent = 5)]
                [SuccessMetric(typeof(LyricsShareRate))]
                public sealed class {|#0:LyricsCardShare|} { }
            }
            """,
            RuleVerifier.Diagnostic(Rule).WithLocation(0).WithArguments("Experiment 'lyrics-card-share' (LyricsCardShare)", phase));

    [Theory]
    [InlineData("Think")]
    [InlineData("Build")]
    [InlineData("Retired")]
    public Task ExperimentNotExposed_NoDiagnostic(string phase) =>
        RuleVerifier.VerifyAsync(Rule, $$"""
            using SpecAnalyzers;
            [Experiment("lyrics-card-share", Phase = Phase.{{phase}})]
            public sealed class LyricsCardShare { }
            """);

    [Fact]
    public Task ExperimentWithGuardrail_NoDiagnostic() =>
        RuleVerifier.VerifyAsync(Rule, $$"""
            using SpecAnalyzers;
            namespace Music
            {
                [Experiment("lyrics-card-share", Phase = Phase.Ship, RolloutPercent = 5)]
            {{CompleteParts}}
                public sealed class LyricsCardShare { }
            }
            """);

    [Fact]
    public Task FeatureFlagAtShip_NoDiagnostic() =>
        RuleVerifier.VerifyAsync(Rule, """
            using SpecAnalyzers;
            [FeatureFlag("offline-lyrics", Phase = Phase.Ship)]
            public sealed class OfflineLyrics { }
            """);

    [Fact]
    public Task GuardrailInOtherPartialFile_Counts() =>
        RuleVerifier.VerifyAsync(Rule, ["""
            using SpecAnalyzers;
            namespace Music
            {
                [Experiment("lyrics-card-share", Phase = Phase.Tweak, RolloutPercent = 50)]
                public sealed partial class LyricsCardShare { }
            }
            """, """
            namespace Music
            {
                [SpecAnalyzers.GuardrailMetric(typeof(CrashRate))]
                public sealed partial class LyricsCardShare { }
            }
            """]);

    [Fact]
    public Task PartialSpecWithoutGuardrail_ReportedOnceOnDeclarationWithExperiment() =>
        RuleVerifier.VerifyAsync(Rule, ["""
            namespace Music
            {
                [SpecAnalyzers.SuccessMetric(typeof(LyricsShareRate))]
                public sealed partial class LyricsCardShare { }
            }
            """, """
            using Exp = SpecAnalyzers.ExperimentAttribute;
            using Stage = SpecAnalyzers.Phase;
            namespace Music
            {
                [Exp("lyrics-card-share", RolloutPercent = 5, Phase = Stage.Ship)]
                public sealed partial class {|#0:LyricsCardShare|} { }
            }
            """],
            RuleVerifier.Diagnostic(Rule).WithLocation(0).WithArguments("Experiment 'lyrics-card-share' (LyricsCardShare)", "Ship"));

    [Fact]
    public Task PhaseFromConstantOrCast_Reported() =>
        RuleVerifier.VerifyAsync(Rule, """
            internal static class Stages
            {
                public const SpecAnalyzers.Phase Current = SpecAnalyzers.Phase.Tweak;
            }

            [global::SpecAnalyzers.Experiment("a", Phase = Stages.Current)]
            public sealed class {|#0:A|} { }

            [global::SpecAnalyzers.Experiment("b", Phase = (SpecAnalyzers.Phase)2)]
            public sealed class {|#1:B|} { }
            """,
            RuleVerifier.Diagnostic(Rule).WithLocation(0).WithArguments("Experiment 'a' (A)", "Tweak"),
            RuleVerifier.Diagnostic(Rule).WithLocation(1).WithArguments("Experiment 'b' (B)", "Ship"));

    [Fact]
    public async Task GuardrailBeingTyped_CountsAsPresent()
    {
        var diagnostics = await AnalyzerRunner.GetAnalyzerDiagnosticsAsync(Catalog, """
            using SpecAnalyzers;
            namespace Music
            {
                [Experiment("lyrics-card-share", Phase = Phase.Ship, RolloutPercent = 5)]
                [GuardrailMetric(typeof(Crash
                public sealed class LyricsCardShare { }
            }
            """);

        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == Rule);
    }
}
