using Fix = SpecAnalyzers.Tests.Verifiers.FlagFixTest<SpecAnalyzers.CodeFixes.FlagKeyCodeFix>;

namespace SpecAnalyzers.Tests.Rules.Spec2xx;

/// <summary>SPEC201's fix: one action per nearest declared key; Fix All replaces every key that action names.</summary>
public sealed class ReplaceFlagKeyFixTests
{
    private const string Usings = """
        using System.Threading.Tasks;
        using Microsoft.FeatureManagement;

        """;

    /// <summary>What the fix adds when the nearest spec has a Key constant: it evaluates through it.</summary>
    private const string UsingsWithSpecs = """
        using System.Threading.Tasks;
        using Microsoft.FeatureManagement;
        using Music.Specs;

        """;

    [Fact]
    public Task TransposedLetters_ReplacedWithDeclaredKey() => Fix.VerifyAsync(Usings + """
        public sealed class Lyrics
        {
            public Task<bool> ShareAsync(IFeatureManager features) => features.IsEnabledAsync(/* card */ {|#0:"lyrics-crad-share"|});
        }
        """, UsingsWithSpecs + """
        public sealed class Lyrics
        {
            public Task<bool> ShareAsync(IFeatureManager features) => features.IsEnabledAsync(/* card */ LyricsCardShare.Key);
        }
        """,
        Fix.Diagnostic("SPEC201").WithLocation(0).WithArguments("lyrics-crad-share", ": did you mean 'lyrics-card-share'?"));

    [Fact]
    public Task ConstantFieldKey_ReplacedWithSpecConstant() => Fix.VerifyAsync(Usings + """
        public sealed class Lyrics
        {
            private const string Offline = "ofline-lyrics";

            public Task<bool> OfflineAsync(IFeatureManager features) => features.IsEnabledAsync({|#0:Offline|});
        }
        """, UsingsWithSpecs + """
        public sealed class Lyrics
        {
            private const string Offline = "ofline-lyrics";

            public Task<bool> OfflineAsync(IFeatureManager features) => features.IsEnabledAsync(OfflineLyrics.Key);
        }
        """,
        Fix.Diagnostic("SPEC201").WithLocation(0).WithArguments("ofline-lyrics", ": did you mean 'offline-lyrics'?"));

    [Fact]
    public async Task SeveralCloseKeys_OneActionEach_SecondChosen()
    {
        var test = Fix.Create(Usings + """
            public sealed class Theme
            {
                public Task<bool> DarkAsync(IFeatureManager features) => features.IsEnabledAsync({|#0:"dark-mod"|});
            }
            """, Usings + """
            public sealed class Theme
            {
                public Task<bool> DarkAsync(IFeatureManager features) => features.IsEnabledAsync("dark-mode");
            }
            """);
        test.TestState.Sources.Add(("More.cs", """
            [SpecAnalyzers.FeatureFlag("dark-moon")] public sealed class DarkMoon { }
            [SpecAnalyzers.FeatureFlag("bark-mod")] public sealed class BarkMod { }
            """));
        test.FixedState.Sources.Add(("More.cs", test.TestState.Sources[^1].content));
        test.ExpectedDiagnostics.Add(Fix.Diagnostic("SPEC201").WithLocation(0)
            .WithArguments("dark-mod", ": did you mean 'bark-mod' or 'dark-mode' or 'dark-moon'?"));
        test.CodeActionEquivalenceKey = SpecAnalyzers.CodeFixes.FlagKeyCodeFix.UseDeclaredKeyPrefix + "dark-mode";
        test.CodeActionIndex = 1;
        await test.RunAsync();
    }

    [Fact]
    public Task FixAll_SameTypoInTwoFiles_AllReplaced()
    {
        var test = Fix.Create(Usings + """
            public sealed class A
            {
                public Task<bool> M(IFeatureManager f) => f.IsEnabledAsync({|#0:"lyrics-card-shar"|});
            }
            """, UsingsWithSpecs + """
            public sealed class A
            {
                public Task<bool> M(IFeatureManager f) => f.IsEnabledAsync(LyricsCardShare.Key);
            }
            """);
        test.TestState.Sources.Add(("B.cs", Usings + """
            public sealed class B
            {
                public async Task<bool> M(Microsoft.FeatureManagement.IVariantFeatureManager f) => await f.IsEnabledAsync({|#1:"lyrics-card-shar"|});
            }
            """));
        test.FixedState.Sources.Add(("B.cs", UsingsWithSpecs + """
            public sealed class B
            {
                public async Task<bool> M(Microsoft.FeatureManagement.IVariantFeatureManager f) => await f.IsEnabledAsync(LyricsCardShare.Key);
            }
            """));
        test.ExpectedDiagnostics.Add(Fix.Diagnostic("SPEC201").WithLocation(0).WithArguments("lyrics-card-shar", ": did you mean 'lyrics-card-share'?"));
        test.ExpectedDiagnostics.Add(Fix.Diagnostic("SPEC201").WithLocation(1).WithArguments("lyrics-card-shar", ": did you mean 'lyrics-card-share'?"));
        return test.RunAsync();
    }

    [Fact]
    public Task FeatureGateKey_Replaced() => Fix.VerifyAsync("""
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.FeatureManagement.Mvc;

        public sealed class ThemeController : ControllerBase
        {
            [FeatureGate({|#0:"dark_mode"|})]
            public IActionResult Dark() => Ok();
        }
        """, """
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.FeatureManagement.Mvc;

        public sealed class ThemeController : ControllerBase
        {
            [FeatureGate("dark-mode")]
            public IActionResult Dark() => Ok();
        }
        """,
        Fix.Diagnostic("SPEC201").WithLocation(0).WithArguments("dark_mode", ": did you mean 'dark-mode'?"));

    [Fact]
    public Task NothingClose_NoFixOffered()
    {
        var source = Usings + """
            public sealed class Lyrics
            {
                public Task<bool> M(IFeatureManager features) => features.IsEnabledAsync({|#0:"karaoke-mode"|});
            }
            """;
        return Fix.VerifyAsync(source, source, Fix.Diagnostic("SPEC201").WithLocation(0)
            .WithArguments("karaoke-mode", "; declare it with [FeatureFlag(\"karaoke-mode\")] or [Experiment(\"karaoke-mode\")]"));
    }
}
