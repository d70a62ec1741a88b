using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SpecAnalyzers.Tests.ValidCode;
using Verify = SpecAnalyzers.Tests.Verifiers.AnalyzerVerifier;

namespace SpecAnalyzers.Tests.Rules.Spec1xx;

/// <summary>SPEC103: two specs share a key, within the compilation or with a referenced assembly.</summary>
public sealed class DuplicateKeyTests
{
    private const string Rule = "SPEC103";

    private static readonly string[] Rules = [Rule];

    [Fact]
    public Task DistinctKeys_NoDiagnostic() =>
        Verify.VerifyAsync(Rules, """
            using SpecAnalyzers;
            [FeatureFlag("offline-lyrics")] public sealed class OfflineLyrics { }
            [Experiment("lyrics-card-share")] public sealed class LyricsCardShare { }
            [FeatureFlag("offline-lyrics-v2")] public sealed class OfflineLyricsV2 { }
            """);

    [Fact]
    public Task SameKeyInTwoFiles_EachReportedOnItsKeyNamingTheOther() =>
        Verify.VerifyFilesAsync(Rules, ["""
            namespace Music.Lyrics
            {
                [SpecAnalyzers.FeatureFlag({|#0:"offline-lyrics"|}, Phase = SpecAnalyzers.Phase.Build)]
                public sealed class OfflineLyrics { }
            }
            """, """
            namespace Music.Downloads
            {
                [SpecAnalyzers.Experiment({|#1:"offline-lyrics"|})]
                public sealed class LyricsDownload { }
            }
            """],
            Verify.Diagnostic(Rule).WithLocation(0).WithArguments(
                "Feature flag 'offline-lyrics' (OfflineLyrics)", "offline-lyrics", "Experiment 'offline-lyrics' (LyricsDownload)"),
            Verify.Diagnostic(Rule).WithLocation(1).WithArguments(
                "Experiment 'offline-lyrics' (LyricsDownload)", "offline-lyrics", "Feature flag 'offline-lyrics' (OfflineLyrics)"));

    [Fact]
    public Task PartialSpecOverTwoFiles_IsOneSpec() =>
        Verify.VerifyFilesAsync(Rules, ["""
            [SpecAnalyzers.FeatureFlag("offline-lyrics")]
            public sealed partial class OfflineLyrics { }
            """, """
            [SpecAnalyzers.Owner("lyrics-squad")]
            public sealed partial class OfflineLyrics { }
            """]);

    [Fact]
    public Task KeysDifferingOnlyInCase_Reported() =>
        Verify.VerifyAsync(Rules, """
            using SpecAnalyzers;
            [FeatureFlag({|#0:"Offline-Lyrics"|})] public sealed class A { }
            [FeatureFlag({|#1:"offline-lyrics"|})] public sealed class B { }
            """,
            Verify.Diagnostic(Rule).WithLocation(0).WithArguments("Feature flag 'Offline-Lyrics' (A)", "Offline-Lyrics", "Feature flag 'offline-lyrics' (B)"),
            Verify.Diagnostic(Rule).WithLocation(1).WithArguments("Feature flag 'offline-lyrics' (B)", "offline-lyrics", "Feature flag 'Offline-Lyrics' (A)"));

    [Fact]
    public Task ThreeSpecsThroughConstantsAndAliases_EachNamesTheOtherTwo() =>
        Verify.VerifyAsync(Rules, """
            using Flag = SpecAnalyzers.FeatureFlagAttribute;
            internal static class Keys { public const string Radio = "autoplay-" + "radio"; }

            [Flag({|#0:Keys.Radio|})] public sealed class A { }
            [global::SpecAnalyzers.FeatureFlagAttribute(key: {|#1:"autoplay-radio"|})] public sealed class B { }
            public static class Outer
            {
                [SpecAnalyzers.Experiment({|#2:Keys.Radio|})] public sealed class C { }
            }
            """,
            Verify.Diagnostic(Rule).WithLocation(0).WithArguments("Feature flag 'autoplay-radio' (A)", "autoplay-radio",
                "Experiment 'autoplay-radio' (Outer.C) and Feature flag 'autoplay-radio' (B)"),
            Verify.Diagnostic(Rule).WithLocation(1).WithArguments("Feature flag 'autoplay-radio' (B)", "autoplay-radio",
                "Experiment 'autoplay-radio' (Outer.C) and Feature flag 'autoplay-radio' (A)"),
            Verify.Diagnostic(Rule).WithLocation(2).WithArguments("Experiment 'autoplay-radio' (Outer.C)", "autoplay-radio",
                "Feature flag 'autoplay-radio' (A) and Feature flag 'autoplay-radio' (B)"));

    [Fact]
    public async Task KeyOfSpecInReferencedAssembly_ReportedOnSourceSpecOnly()
    {
        var library = await BuildLibraryAsync("SpecLibrary", """
            namespace Library
            {
                [SpecAnalyzers.FeatureFlag("offline-lyrics")]
                public sealed class OfflineLyrics { }

                public static class Internal
                {
                    [SpecAnalyzers.Experiment("hidden-test")]
                    internal sealed class HiddenTest { }
                }
            }
            """, withAnnotations: true);
        var test = Verify.Create(Rules);
        test.TestState.AdditionalReferences.Add(library);
        test.TestCode = """
            [SpecAnalyzers.FeatureFlag({|#0:"offline-lyrics"|})] public sealed class OfflineLyrics { }
            [SpecAnalyzers.Experiment({|#1:"hidden-test"|})] public sealed class HiddenTest { }
            [SpecAnalyzers.Experiment("lyrics-card-share")] public sealed class LyricsCardShare { }
            """;
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(Rule).WithLocation(0).WithArguments(
            "Feature flag 'offline-lyrics' (OfflineLyrics)", "offline-lyrics", "Feature flag 'offline-lyrics' (OfflineLyrics) in SpecLibrary"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(Rule).WithLocation(1).WithArguments(
            "Experiment 'hidden-test' (HiddenTest)", "hidden-test", "Experiment 'hidden-test' (Internal.HiddenTest) in SpecLibrary"));
        await test.RunAsync();
    }

    [Fact]
    public async Task LibraryWithLookalikeAttributes_NotASourceOfSpecs()
    {
        var lookalike = await BuildLibraryAsync("Lookalike", """
            namespace Other
            {
                [System.AttributeUsage(System.AttributeTargets.Class)]
                public sealed class FeatureFlagAttribute : System.Attribute { public FeatureFlagAttribute(string key) { } }

                [FeatureFlag("offline-lyrics")]
                public sealed class OfflineLyrics { }
            }
            """, withAnnotations: false);
        var test = Verify.Create(Rules);
        test.TestState.AdditionalReferences.Add(lookalike);
        test.TestCode = """
            [SpecAnalyzers.FeatureFlag("offline-lyrics")] public sealed class OfflineLyrics { }
            [Other.FeatureFlag("offline-lyrics")] public sealed class NotASpec { }
            """;
        await test.RunAsync();
    }

    [Fact]
    public async Task ReferencedSpecsButNoSpecInSource_NothingToCompare()
    {
        var library = await BuildLibraryAsync("SpecLibrary", """
            [SpecAnalyzers.FeatureFlag("offline-lyrics")] public sealed class A { }
            [SpecAnalyzers.FeatureFlag("offline-lyrics")] public sealed class B { }
            """, withAnnotations: true);
        var test = Verify.Create(Rules);
        test.TestState.AdditionalReferences.Add(library);
        test.TestCode = "public sealed class Player { }";
        await test.RunAsync();
    }

    [Fact]
    public async Task BlankAndUnreadableKeys_NotCompared()
    {
        var diagnostics = await AnalyzerRunner.GetAnalyzerDiagnosticsAsync("""
            using SpecAnalyzers;
            [FeatureFlag("")] public sealed class A { }
            [FeatureFlag("")] public sealed class B { }
            [FeatureFlag(" ")] public sealed class C { }
            [FeatureFlag(" ")] public sealed class D { }
            [FeatureFlag(null)] public sealed class E { }
            [FeatureFlag(null)] public sealed class F { }
            [FeatureFlag(42)] public sealed class G { }
            [FeatureFlag(Unknown.Key)] public sealed class H { }
            [FeatureFlag(Unknown.Key)] public sealed class I { }
            [Experiment("half-typed"
            public sealed class J { }
            """);

        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == Rule);
    }

    [Fact]
    public Task SpecInGeneratedFile_NotCompared()
    {
        var test = Verify.Create(Rules);
        test.TestState.Sources.Add(("/OfflineLyrics.cs", """
            [SpecAnalyzers.FeatureFlag("offline-lyrics")] public sealed class OfflineLyrics { }
            """));
        test.TestState.Sources.Add(("/Flags.g.cs", """
            [SpecAnalyzers.FeatureFlag("offline-lyrics")] public sealed class GeneratedOfflineLyrics { }
            """));
        return test.RunAsync();
    }

    [Fact]
    public async Task Analysis_RunsNothingPerSymbolOrNode()
    {
        var analyzer = new CompilationSpecsAnalyzer();
        var compilation = await ValidCodeProject.CompileAsync();
        var analysis = compilation.WithAnalyzers([analyzer], new CompilationWithAnalyzersOptions(
            ValidCodeProject.Options, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false));

        var telemetry = (await analysis.GetAnalysisResultAsync(CancellationToken.None)).AnalyzerTelemetryInfo[analyzer];

        Assert.Equal(1, telemetry.CompilationEndActionsCount);
        Assert.Equal(0, telemetry.SymbolActionsCount + telemetry.SyntaxNodeActionsCount + telemetry.OperationActionsCount);
    }

    [Fact]
    public void Descriptor_IsTaggedCompilationEnd() =>
        Assert.Contains(WellKnownDiagnosticTags.CompilationEnd, new CompilationSpecsAnalyzer().SupportedDiagnostics.Single().CustomTags);

    private static async Task<MetadataReference> BuildLibraryAsync(string name, string source, bool withAnnotations)
    {
        var references = await TestReferences.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        if (withAnnotations)
        {
            references = references.Add(TestReferences.Annotations);
        }

        return EmittedLibrary.Create(name, source, references);
    }
}
