using Microsoft.CodeAnalysis.Testing;
using Verify = SpecAnalyzers.Tests.Verifiers.FlagTest;

namespace SpecAnalyzers.Tests.Evaluations;

/// <summary>
/// Calls whose arguments look like live keys are settled without binding their method. These are the cases where
/// the look deceives, and binding has to find what the argument really is.
/// </summary>
public sealed class QuietCallTests
{
    private const string Usings = """
        using System;
        using System.Linq;
        using System.Threading.Tasks;
        using Microsoft.FeatureManagement;
        using Music.Specs;

        """;

    /// <summary>Shares its name with the spec <c>OfflineLyrics</c>; its <c>Key</c> is no constant.</summary>
    private const string Settings = """
        public sealed class Settings
        {
            public string Key { get; set; } = "offline-lyrics";
        }

        """;

    private const string GenericAdvice = "pass a spec's Key constant";

    private static DiagnosticResult NonConstant(int location, string expression = "OfflineLyrics.Key") =>
        Verify.Diagnostic("SPEC202").WithLocation(location).WithArguments(expression, GenericAdvice);

    private static Task VerifyAsync(string source, params DiagnosticResult[] expected) =>
        Verify.VerifyAsync([FlagSpecs.Catalog, source], expected);

    [Fact]
    public Task LiveKeysInEveryQualification_NotReported() => VerifyAsync("""
        using System.Threading.Tasks;
        using Microsoft.FeatureManagement;
        using Specs = Music.Specs;

        namespace Music.Player
        {
            public sealed class Player
            {
                public async Task<bool> M(IFeatureManager features) =>
                    await features.IsEnabledAsync(global::Music.Specs.OfflineLyrics.Key)
                    && await features.IsEnabledAsync(Specs.LyricsCardShare.Key)
                    && await features.IsEnabledAsync(Specs::OfflineLyrics.Key)
                    && await features.IsEnabledAsync(Music.Specs.LyricsCardShare.Key)
                    && await features.IsEnabledAsync(feature: "dark-mode");
            }
        }
        """);

    [Fact]
    public Task LocalNamedLikeTheSpec_ItsKeyReported() => VerifyAsync(Usings + Settings + """
        public sealed class Player
        {
            public async Task<bool> M(IFeatureManager features)
            {
                var OfflineLyrics = new Settings();
                return await features.IsEnabledAsync({|#0:OfflineLyrics.Key|});
            }
        }
        """, NonConstant(0));

    [Fact]
    public Task LambdaAndRangeVariablesNamedLikeTheSpec_TheirKeysReported() => VerifyAsync(Usings + Settings + """
        public sealed class Player
        {
            public Func<Settings, Task<bool>> Check(IFeatureManager features) =>
                OfflineLyrics => features.IsEnabledAsync({|#0:OfflineLyrics.Key|});

            public Task<bool>[] CheckAll(IFeatureManager features, Settings[] all) =>
                (from OfflineLyrics in all select features.IsEnabledAsync({|#1:OfflineLyrics.Key|})).ToArray();
        }
        """, NonConstant(0), NonConstant(1));

    [Fact]
    public Task PrimaryConstructorParameterNamedLikeTheSpec_ItsKeyReported() => VerifyAsync(Usings + Settings + """
        public sealed class Player(IFeatureManager features, Settings OfflineLyrics)
        {
            public Task<bool> M() => features.IsEnabledAsync({|#0:OfflineLyrics.Key|});
        }
        """, NonConstant(0));

    [Fact]
    public Task PropertyNamedLikeTheSpec_ItsKeyReported() => VerifyAsync(Usings + Settings + """
        public sealed class Player
        {
            public Settings OfflineLyrics { get; } = new();

            public Task<bool> M(IFeatureManager features) => features.IsEnabledAsync({|#0:OfflineLyrics.Key|});
        }
        """, NonConstant(0));

    [Fact]
    public Task SetterValueNamedLikeANestedType_ItsKeyReported() => VerifyAsync(Usings + Settings + """
        public sealed class Player
        {
            private readonly IFeatureManager _features = null!;

            public Settings Current
            {
                set => _ = _features.IsEnabledAsync({|#0:value.Key|});
            }

            private static class value
            {
                public const string Key = "offline-lyrics";
            }
        }
        """, NonConstant(0, "value.Key"));

    [Fact]
    public Task ConstantsHoldingRetiredOrUndeclaredKeys_Reported() => VerifyAsync(Usings + """
        public static class FlagKeys
        {
            public const string Timer = "sleep-timer";
            public const string Typo = "dark-mod";
        }

        public sealed class Player
        {
            public async Task<bool> M(IFeatureManager features) =>
                await {|#0:features.IsEnabledAsync(FlagKeys.Timer)|} && await features.IsEnabledAsync({|#1:FlagKeys.Typo|});
        }
        """,
        Verify.Diagnostic("SPEC203").WithLocation(0).WithArguments(FlagSpecs.RetiredArguments("sleep-timer")),
        Verify.Diagnostic("SPEC201").WithLocation(1).WithArguments("dark-mod", ": did you mean 'dark-mode'?"));

    [Fact]
    public Task LiteralOfSpecWithKeyConstant_Reported() => VerifyAsync(Usings + """
        public sealed class Player
        {
            public Task<bool> M(IFeatureManager features) => features.IsEnabledAsync({|#0:"offline-lyrics"|});
        }
        """, Verify.Diagnostic("SPEC205").WithLocation(0).WithArguments("offline-lyrics", "OfflineLyrics.Key"));

    [Fact]
    public async Task KeyPassedAsReceiverOfConfiguredExtension_Reported()
    {
        var test = Verify.Create();
        test.TestState.Sources.Add(("/0/Specs.cs", FlagSpecs.Catalog));
        test.TestState.Sources.Add(("/0/Player.cs", """
            namespace MyCompany.Flags
            {
                public static class FlagText
                {
                    public static bool IsOn(this string key) => key.Length > 0;
                }

                public sealed class Player
                {
                    public bool M() => {|#0:"dark-mod"|}.IsOn();
                }
            }
            """));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\nspec_analyzers.evaluation_methods = MyCompany.Flags.FlagText.IsOn(0)\n"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("SPEC201").WithLocation(0).WithArguments("dark-mod", ": did you mean 'dark-mode'?"));
        await test.RunAsync();
    }
}
