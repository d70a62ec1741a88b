using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace SpecAnalyzers.Tests.Rules.Spec2xx;

/// <summary>SPEC204 (opt-in): a live spec that nothing in its own compilation evaluates.</summary>
public sealed class UnevaluatedSpecTests
{
    private const string TurnedOn = "root = true\n\n[*.cs]\ndotnet_diagnostic.SPEC204.severity = suggestion\n";

    private const string EvaluatesLyricsAndDarkMode = """
        using System.Threading.Tasks;
        using Microsoft.FeatureManagement;

        public sealed class Player
        {
            public async Task<bool> M(IFeatureManager features) =>
                await features.IsEnabledAsync(Music.Specs.LyricsCardShare.Key) && await features.IsEnabledAsync("dark-mode");
        }
        """;

    private static Task VerifyAsync(string[] sources, params DiagnosticResult[] expected)
    {
        var test = FlagTest.Create(sources);
        test.DisabledDiagnostics.Remove("SPEC204");
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    private static DiagnosticResult Unevaluated(string file, int line, int column, string display) =>
        FlagTest.Diagnostic("SPEC204").WithSpan(file, line, column, line, column + display.Split('(', ')')[1].Length).WithArguments(display);

    [Fact]
    public async Task OffByDefault_NothingReported()
    {
        var compilation = await FlagCompilations.CreateAsync(FlagSpecs.Catalog);
        Assert.Empty(await FlagCompilations.AnalyzeAsync(compilation));
    }

    [Fact]
    public async Task TurnedOnInEditorConfig_ReportsLiveSpecsOnly()
    {
        var compilation = FlagCompilations.WithEditorConfig(await FlagCompilations.CreateAsync(FlagSpecs.Catalog, EvaluatesLyricsAndDarkMode), TurnedOn);
        var diagnostic = Assert.Single(await FlagCompilations.AnalyzeAsync(compilation));
        Assert.Equal("SPEC204", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
        Assert.Equal("Feature flag 'offline-lyrics' (OfflineLyrics) is not evaluated anywhere in this compilation", diagnostic.GetMessage());
    }

    [Fact]
    public async Task TurnedOnForOtherFilesOnly_StillRunsButReportsOnlyWhereOn()
    {
        var compilation = FlagCompilations.WithEditorConfig(
            await FlagCompilations.CreateAsync(FlagSpecs.Catalog, EvaluatesLyricsAndDarkMode),
            "root = true\n\n[File1.cs]\ndotnet_diagnostic.SPEC204.severity = suggestion\n");
        Assert.Empty(await FlagCompilations.AnalyzeAsync(compilation));
    }

    [Fact]
    public Task EvaluatedByLiteralConstantAndFeatureGate_NotReported() => VerifyAsync([
        """
        using SpecAnalyzers;

        [FeatureFlag("queue-sync", Phase = Phase.Build)] public sealed class QueueSync { }
        [FeatureFlag(Key, Phase = Phase.Ship)] public sealed class Equalizer { public const string Key = "equalizer"; }
        [Experiment("big-play", Phase = Phase.Tweak)] public sealed class BigPlay { }
        """,
        """
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.FeatureManagement;
        using Microsoft.FeatureManagement.Mvc;

        public sealed class PlayerController : ControllerBase
        {
            [FeatureGate("big-play")]
            public async Task<bool> M(IFeatureManager features) =>
                await features.IsEnabledAsync("queue-sync") && await features.IsEnabledAsync(Equalizer.Key);
        }
        """,
    ]);

    [Fact]
    public Task KeyConstantPassedToUnregisteredWrapper_CountsAsEvaluated() => VerifyAsync([
        "[SpecAnalyzers.FeatureFlag(Key, Phase = SpecAnalyzers.Phase.Build)] public sealed class Equalizer { public const string Key = \"equalizer\"; }",
        """
        public static class Flags
        {
            public static bool IsOn(string key) => key.Length > 0;

            public static bool Equalizer() => IsOn(global::Equalizer.Key);
        }
        """,
    ]);

    [Fact]
    public Task KeyConstantUsedOnlyInsideTheSpec_Reported() => VerifyAsync(
        [
            """
            [SpecAnalyzers.FeatureFlag(Key, Phase = SpecAnalyzers.Phase.Build)]
            public sealed class Equalizer
            {
                public const string Key = "equalizer";
                public static string Describe() => Key;
            }
            """,
            "public sealed class UsesFeatureManagement { public Microsoft.FeatureManagement.IFeatureManager? Features; }",
        ],
        Unevaluated("File0.cs", 2, 21, "Feature flag 'equalizer' (Equalizer)"));

    [Fact]
    public Task ThinkAndRetiredSpecs_NotReported() => VerifyAsync([
        """
        using SpecAnalyzers;

        [FeatureFlag("idea")] public sealed class Idea { }
        [FeatureFlag("gone", Phase = Phase.Retired, Outcome = Outcome.Shipped)] public sealed class Gone { }
        public sealed class UsesFeatureManagement { public Microsoft.FeatureManagement.IFeatureManager? Features; }
        """,
    ]);

    [Fact]
    public Task PartialSpec_ReportedOnceOnTheDeclarationWithTheAttribute() => VerifyAsync(
        [
            "public sealed partial class Lyrics { public static int Lines => 4; }",
            "[SpecAnalyzers.Experiment(\"lyrics\", Phase = SpecAnalyzers.Phase.Ship)] public sealed partial class Lyrics { }",
            "public sealed class UsesFeatureManagement { public Microsoft.FeatureManagement.IFeatureManager? Features; }",
        ],
        Unevaluated("File1.cs", 1, 100, "Experiment 'lyrics' (Lyrics)"));

    [Fact]
    public async Task SpecsOfReferencedAssembly_NotReported()
    {
        var compilation = FlagCompilations.WithEditorConfig(
            await FlagCompilations.CreateWithSpecLibraryAsync("public sealed class UsesFeatureManagement { public Microsoft.FeatureManagement.IFeatureManager? Features; }"),
            TurnedOn);
        Assert.Empty(await FlagCompilations.AnalyzeAsync(compilation));
    }
}
