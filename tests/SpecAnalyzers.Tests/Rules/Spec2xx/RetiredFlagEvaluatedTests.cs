using Microsoft.CodeAnalysis.Testing;
using Verify = SpecAnalyzers.Tests.Verifiers.FlagTest;

namespace SpecAnalyzers.Tests.Rules.Spec2xx;

/// <summary>SPEC203: a spec at Phase.Retired that code still evaluates, with advice that follows its Outcome.</summary>
public sealed class RetiredFlagEvaluatedTests
{
    private const string Usings = """
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.FeatureManagement;

        """;

    private static DiagnosticResult Retired(int location, string key) =>
        Verify.Diagnostic("SPEC203").WithLocation(location).WithArguments(FlagSpecs.RetiredArguments(key));

    private static Task VerifyAsync(string source, params DiagnosticResult[] expected) =>
        Verify.VerifyAsync([FlagSpecs.Catalog, source], expected);

    [Fact]
    public Task EachOutcome_ReportedOnTheEvaluationWithItsAdvice() => VerifyAsync(Usings + """
        public sealed class Player
        {
            public async Task<bool> M(IFeatureManager features) =>
                await {|#0:features.IsEnabledAsync("sleep-timer")|}
                && await {|#1:features.IsEnabledAsync("autoplay-radio")|}
                && await {|#2:features.IsEnabledAsync("podcast-chapters")|};
        }
        """, Retired(0, "sleep-timer"), Retired(1, "autoplay-radio"), Retired(2, "podcast-chapters"));

    [Fact]
    public Task LiveSpecs_NotReported() => VerifyAsync(Usings + """
        public sealed class Player
        {
            public async Task<bool> M(IFeatureManager features) =>
                await features.IsEnabledAsync("dark-mode") && await features.IsEnabledAsync(Music.Specs.LyricsCardShare.Key);
        }
        """);

    [Fact]
    public Task UnawaitedAndVariantEvaluations_Reported() => VerifyAsync(Usings + """
        public sealed class Player
        {
            public void M(IVariantFeatureManager variants)
            {
                _ = {|#0:variants.GetVariantAsync("autoplay-radio", CancellationToken.None)|};
                _ = {|#1:variants.IsEnabledAsync("sleep-timer", CancellationToken.None)|};
            }
        }
        """, Retired(0, "autoplay-radio"), Retired(1, "sleep-timer"));

    [Fact]
    public Task ThroughConstant_Reported() => VerifyAsync(Usings + """
        public static class Keys
        {
            public const string Timer = "sleep-" + "timer";
        }

        public sealed class Player
        {
            public Task<bool> M(IFeatureManager features) => {|#0:features.IsEnabledAsync(Keys.Timer)|};
        }
        """, Retired(0, "sleep-timer"));

    [Fact]
    public Task FeatureGate_ReportedOnTheRetiredKey() => VerifyAsync("""
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.FeatureManagement.Mvc;

        public sealed class PlayerController : ControllerBase
        {
            [FeatureGate("dark-mode", {|#0:"autoplay-radio"|})]
            public IActionResult Radio() => Ok();
        }
        """, Retired(0, "autoplay-radio"));

    [Fact]
    public Task OpenFeatureDetails_Reported() => VerifyAsync("""
        using System.Threading.Tasks;
        using OpenFeature;

        public sealed class Player
        {
            public async Task<bool> M(FeatureClient client) => (await {|#0:client.GetBooleanDetailsAsync("sleep-timer", false)|}).Value;
        }
        """, Retired(0, "sleep-timer"));

    [Fact]
    public Task PartialSpecRetiredInOneDeclaration_Reported() => Verify.VerifyAsync(
        [
            "using SpecAnalyzers; [FeatureFlag(\"mini-player\", Phase = Phase.Retired, Outcome = Outcome.Shipped)] public sealed partial class MiniPlayer { }",
            "public sealed partial class MiniPlayer { public const string Key = \"mini-player\"; }",
            Usings + """
            public sealed class Player
            {
                public Task<bool> M(IFeatureManager features) => {|#0:features.IsEnabledAsync(MiniPlayer.Key)|};
            }
            """,
        ],
        Verify.Diagnostic("SPEC203").WithLocation(0).WithArguments(
            "Feature flag 'mini-player' (MiniPlayer)", "it shipped, so remove the evaluation and keep the enabled path"));

    [Fact]
    public Task RetiredExperiment_NamedAsExperiment() => Verify.VerifyAsync(
        [
            "using SpecAnalyzers; [Experiment(\"big-play-button\", Phase = Phase.Retired, Outcome = Outcome.RolledBack)] public sealed class BigPlayButton { }",
            Usings + """
            public sealed class Player
            {
                public Task<bool> M(IFeatureManager features) => {|#0:features.IsEnabledAsync("big-play-button")|};
            }
            """,
        ],
        Verify.Diagnostic("SPEC203").WithLocation(0).WithArguments(
            "Experiment 'big-play-button' (BigPlayButton)", "it was rolled back, so remove the evaluation and keep the disabled path"));
}
