using Fix = SpecAnalyzers.Tests.Verifiers.FlagFixTest<SpecAnalyzers.CodeFixes.FlagKeyCodeFix>;

namespace SpecAnalyzers.Tests.Rules.Spec2xx;

/// <summary>SPEC205 and SPEC202's fix: evaluate through the spec's Key constant, adding the using it needs.</summary>
public sealed class UseSpecKeyConstantFixTests
{
    [Fact]
    public Task LiteralKey_WithoutUsing_AddsUsingAndConstant() => Fix.VerifyAsync("""
        using System.Threading.Tasks;
        using Microsoft.FeatureManagement;

        namespace Music.Web
        {
            public sealed class Lyrics
            {
                public Task<bool> ShareAsync(IFeatureManager features) => features.IsEnabledAsync({|#0:"lyrics-card-share"|});
            }
        }
        """, """
        using System.Threading.Tasks;
        using Microsoft.FeatureManagement;
        using Music.Specs;

        namespace Music.Web
        {
            public sealed class Lyrics
            {
                public Task<bool> ShareAsync(IFeatureManager features) => features.IsEnabledAsync(LyricsCardShare.Key);
            }
        }
        """,
        Fix.Diagnostic("SPEC205").WithLocation(0).WithArguments("lyrics-card-share", "LyricsCardShare.Key"));

    [Fact]
    public Task LiteralKey_WithUsing_ShortName() => Fix.VerifyAsync("""
        using System.Threading.Tasks;
        using Music.Specs;
        using OpenFeature;

        public sealed class Lyrics
        {
            public Task<bool> OfflineAsync(IFeatureClient client) => client.GetBooleanValueAsync({|#0:"offline-lyrics"|}, false);
        }
        """, """
        using System.Threading.Tasks;
        using Music.Specs;
        using OpenFeature;

        public sealed class Lyrics
        {
            public Task<bool> OfflineAsync(IFeatureClient client) => client.GetBooleanValueAsync(OfflineLyrics.Key, false);
        }
        """,
        Fix.Diagnostic("SPEC205").WithLocation(0).WithArguments("offline-lyrics", "OfflineLyrics.Key"));

    [Fact]
    public Task StaticReadonlyKey_ReplacedWithConstant() => Fix.VerifyAsync("""
        using System.Threading.Tasks;
        using Microsoft.FeatureManagement;
        using Music.Specs;

        public sealed class Lyrics
        {
            private static readonly string Share = "lyrics-card-share";

            public Task<bool> ShareAsync(IFeatureManager features) => features.IsEnabledAsync({|#0:Share|});
        }
        """, """
        using System.Threading.Tasks;
        using Microsoft.FeatureManagement;
        using Music.Specs;

        public sealed class Lyrics
        {
            private static readonly string Share = "lyrics-card-share";

            public Task<bool> ShareAsync(IFeatureManager features) => features.IsEnabledAsync(LyricsCardShare.Key);
        }
        """,
        Fix.Diagnostic("SPEC202").WithLocation(0).WithArguments("Share", "pass LyricsCardShare.Key"));

    [Fact]
    public Task FixAll_LiteralsInAttributeAndCall_AllUseConstant() => Fix.VerifyAsync("""
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.FeatureManagement;
        using Microsoft.FeatureManagement.Mvc;
        using Music.Specs;

        public sealed class LyricsController : ControllerBase
        {
            [FeatureGate({|#0:"offline-lyrics"|})]
            public async Task<IActionResult> Share(IFeatureManager features) =>
                await features.IsEnabledAsync({|#1:"lyrics-card-share"|}) ? Ok() : NotFound();
        }
        """, """
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.FeatureManagement;
        using Microsoft.FeatureManagement.Mvc;
        using Music.Specs;

        public sealed class LyricsController : ControllerBase
        {
            [FeatureGate(OfflineLyrics.Key)]
            public async Task<IActionResult> Share(IFeatureManager features) =>
                await features.IsEnabledAsync(LyricsCardShare.Key) ? Ok() : NotFound();
        }
        """,
        Fix.Diagnostic("SPEC205").WithLocation(0).WithArguments("offline-lyrics", "OfflineLyrics.Key"),
        Fix.Diagnostic("SPEC205").WithLocation(1).WithArguments("lyrics-card-share", "LyricsCardShare.Key"));
}
