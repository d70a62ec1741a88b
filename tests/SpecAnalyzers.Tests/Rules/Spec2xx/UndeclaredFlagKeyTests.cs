using Microsoft.CodeAnalysis.Testing;
using Verify = SpecAnalyzers.Tests.Verifiers.FlagTest;

namespace SpecAnalyzers.Tests.Rules.Spec2xx;

/// <summary>SPEC201: a constant key that no spec declares, at every kind of evaluation the analyzer recognises.</summary>
public sealed class UndeclaredFlagKeyTests
{
    private const string Usings = """
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.FeatureManagement;

        """;

    private static DiagnosticResult Undeclared(int location, string key, string suggestion) =>
        Verify.Diagnostic("SPEC201").WithLocation(location).WithArguments(key, ": did you mean '" + suggestion + "'?");

    private static Task VerifyAsync(string source, params DiagnosticResult[] expected) =>
        Verify.VerifyAsync([FlagSpecs.Catalog, source], expected);

    [Fact]
    public Task DeclaredKeys_NoDiagnostic() => VerifyAsync(Usings + """
        using Music.Specs;

        public sealed class Player
        {
            public async Task<bool> M(IFeatureManager features, IVariantFeatureManager variants) =>
                await features.IsEnabledAsync(LyricsCardShare.Key)
                && await variants.IsEnabledAsync("dark-mode", CancellationToken.None)
                && await features.IsEnabledAsync(OfflineLyrics.Key, new object());
        }
        """);

    [Fact]
    public Task AwaitedTypo_SuggestsNearestKey() => VerifyAsync(Usings + """
        public sealed class Player
        {
            public async Task<bool> M(IFeatureManager features) => await features.IsEnabledAsync({|#0:"lyrics-crad-share"|});
        }
        """, Undeclared(0, "lyrics-crad-share", "lyrics-card-share"));

    [Fact]
    public Task UnawaitedCall_Reported() => VerifyAsync(Usings + """
        public sealed class Player
        {
            public Task<bool> M(IFeatureManager features)
            {
                var pending = features.IsEnabledAsync({|#0:"darkmode"|});
                return pending;
            }
        }
        """, Undeclared(0, "darkmode", "dark-mode"));

    [Fact]
    public Task LibraryExtensionMethod_GetVariantAsync_Reported() => VerifyAsync(Usings + """
        using Microsoft.FeatureManagement.FeatureFilters;

        public sealed class Player
        {
            public async Task<Variant> M(IVariantFeatureManager variants) =>
                await variants.GetVariantAsync({|#0:"lyrics-card-shares"|}, new TargetingContext(), CancellationToken.None);
        }
        """, Undeclared(0, "lyrics-card-shares", "lyrics-card-share"));

    [Fact]
    public Task UserExtensionMethodOnFeatureManager_Reported() => VerifyAsync(Usings + """
        public static class FeatureManagerExtensions
        {
            public static Task<bool> IsEnabledAsync(this IFeatureManager features, string feature, bool fallback) =>
                features.IsEnabledAsync(feature);
        }

        public sealed class Player
        {
            public Task<bool> M(IFeatureManager features) => features.IsEnabledAsync({|#0:"ofline-lyrics"|}, fallback: false);
        }
        """,
        Undeclared(0, "ofline-lyrics", "offline-lyrics"));

    [Fact]
    public Task NameofKey_ReportedWithKebabSuggestion() => VerifyAsync(Usings + """
        public sealed class DarkMode { }

        public sealed class Player
        {
            public Task<bool> M(IFeatureManager features) => features.IsEnabledAsync({|#0:nameof(DarkMode)|});
        }
        """, Undeclared(0, "DarkMode", "dark-mode"));

    [Fact]
    public Task ConstantInAnotherClass_ReportedOnTheReference() => VerifyAsync(Usings + """
        public static class FlagKeys
        {
            public const string Timer = "sleep-timr";
        }

        public sealed class Player
        {
            public Task<bool> M(FeatureManager features) => features.IsEnabledAsync({|#0:FlagKeys.Timer|});
        }
        """, Undeclared(0, "sleep-timr", "sleep-timer"));

    [Fact]
    public Task SnapshotInterface_Reported() => VerifyAsync(Usings + """
        public sealed class Player
        {
            public Task<bool> M(IFeatureManagerSnapshot snapshot) => snapshot.IsEnabledAsync({|#0:"autoplay-radios"|});
        }
        """, Undeclared(0, "autoplay-radios", "autoplay-radio"));

    [Fact]
    public Task OpenFeatureClientAndInterface_EveryEvaluationMethod() => VerifyAsync("""
        using System.Threading.Tasks;
        using OpenFeature;
        using OpenFeature.Model;

        public sealed class Player
        {
            public async Task M(IFeatureClient client, FeatureClient concrete)
            {
                await client.GetBooleanValueAsync({|#0:"dark-mod"|}, false);
                await client.GetStringDetailsAsync({|#1:"dark-mod"|}, "");
                await concrete.GetIntegerValueAsync({|#2:"dark-mod"|}, 0);
                await concrete.GetDoubleDetailsAsync(defaultValue: 0.5, flagKey: {|#3:"dark-mod"|});
                await concrete.GetObjectValueAsync({|#4:"dark-mod"|}, new Value());
                await client.GetBooleanValueAsync("dark-mode", false);
            }
        }
        """,
        Undeclared(0, "dark-mod", "dark-mode"),
        Undeclared(1, "dark-mod", "dark-mode"),
        Undeclared(2, "dark-mod", "dark-mode"),
        Undeclared(3, "dark-mod", "dark-mode"),
        Undeclared(4, "dark-mod", "dark-mode"));

    [Fact]
    public Task FeatureGateParamsAndEnumKeys_EachKeyChecked() => VerifyAsync("""
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.FeatureManagement;
        using Microsoft.FeatureManagement.Mvc;

        public enum Features { DarkMode }

        [FeatureGate(RequirementType.Any, "dark-mode", {|#0:"sleep-timers"|})]
        public sealed class PlayerController : ControllerBase
        {
            [FeatureGate({|#1:Features.DarkMode|})]
            public IActionResult Theme() => Ok();
        }
        """,
        Undeclared(0, "sleep-timers", "sleep-timer"),
        Undeclared(1, "DarkMode", "dark-mode"));

    [Fact]
    public Task MinimalApiWithFeatureGate_Reported() => VerifyAsync("""
        using Microsoft.AspNetCore.Builder;
        using Microsoft.FeatureManagement.AspNetCore;

        public static class Endpoints
        {
            public static void Map(IEndpointConventionBuilder timer) => timer.WithFeatureGate({|#0:"sleep_timer"|}, "dark-mode");
        }
        """,
        Undeclared(0, "sleep_timer", "sleep-timer"));

    [Fact]
    public Task NothingClose_AdvisesDeclaringTheSpec() => VerifyAsync(Usings + """
        public sealed class Player
        {
            public Task<bool> M(IFeatureManager features) => features.IsEnabledAsync({|#0:"karaoke"|});
        }
        """,
        Verify.Diagnostic("SPEC201").WithLocation(0).WithArguments("karaoke", "; declare it with [FeatureFlag(\"karaoke\")] or [Experiment(\"karaoke\")]"));

    [Fact]
    public Task NotAnEvaluation_SameNameOnAnotherType_NoDiagnostic() => VerifyAsync(Usings + """
        public sealed class Cache
        {
            public Task<bool> IsEnabledAsync(string feature) => Task.FromResult(true);
        }

        public sealed class Player
        {
            public Task<bool> M(Cache cache) => cache.IsEnabledAsync("not-a-flag");
        }
        """);

    [Fact]
    public Task PartialSpecDeclaredInOneFile_KeyCountsEverywhere() => Verify.VerifyAsync(
        [
            "[SpecAnalyzers.FeatureFlag(\"equalizer\", Phase = SpecAnalyzers.Phase.Build)] public sealed partial class Equalizer { }",
            "public sealed partial class Equalizer { public static int Bands => 10; }",
            Usings + """
            public sealed class Player
            {
                public async Task<bool> M(IFeatureManager features) =>
                    await features.IsEnabledAsync("equalizer") || await features.IsEnabledAsync({|#0:"equaliser"|});
            }
            """,
        ],
        Undeclared(0, "equaliser", "equalizer"));
}
