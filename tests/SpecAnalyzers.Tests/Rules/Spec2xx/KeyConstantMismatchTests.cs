using Microsoft.CodeAnalysis.Testing;
using static SpecAnalyzers.Tests.Verifiers.MissionRuleCases;
using Verify = SpecAnalyzers.Tests.Verifiers.AnalyzerVerifier;

namespace SpecAnalyzers.Tests.Rules.Spec2xx;

/// <summary>SPEC206: a spec's Key constant must hold the spec's own key, or every call site using it evaluates another flag.</summary>
public sealed class KeyConstantMismatchTests
{

    private static readonly string[] Rules = ["SPEC206"];
    private static Task VerifyAsync(string spec, params DiagnosticResult[] expected) =>
        Verify.VerifyFilesAsync(Rules, [Metrics, "using SpecAnalyzers;\nnamespace Music\n{\n" + spec + "\n}\n"], expected);

    private static DiagnosticResult Mismatch(string display, string value) =>
        Verify.Diagnostic("SPEC206").WithLocation(0).WithArguments(display, value);

    [Fact]
    public Task SameValue_NoDiagnostic() => VerifyAsync($$"""
        [FeatureFlag("offline-lyrics")]
        {{AllParts()}}
        public sealed class OfflineLyrics { public const string Key = "offline-lyrics"; }
        """);

    [Fact]
    public Task AttributeUsesTheConstant_NoDiagnostic() => VerifyAsync($$"""
        [FeatureFlag(Key)]
        {{AllParts()}}
        public sealed class OfflineLyrics { public const string Key = "offline-lyrics"; }
        """);

    [Fact]
    public Task DifferentLiteral_ReportedOnTheValue() => VerifyAsync($$"""
        [FeatureFlag("offline-lyrics")]
        {{AllParts()}}
        public sealed class OfflineLyrics { public const string Key = {|#0:"offline-lyric"|}; }
        """, Mismatch("Feature flag 'offline-lyrics' (OfflineLyrics)", "offline-lyric"));

    [Fact]
    public Task ConcatenatedConstant_ComparedByValue() => VerifyAsync($$"""
        [Experiment("lyrics-card-share")]
        {{AllParts()}}
        public sealed class LyricsCardShare
        {
            private const string Prefix = "lyrics-";
            public const string Key = {|#0:Prefix + "cards-share"|};
        }
        """, Mismatch("Experiment 'lyrics-card-share' (LyricsCardShare)", "lyrics-cards-share"));

    [Fact]
    public Task ConstantInOtherPartialDeclaration_ReportedThere() => Verify.VerifyFilesAsync(Rules, 
        [
            Metrics,
            $$"""
            using SpecAnalyzers;
            namespace Music
            {
                [FeatureFlag("queue-sync")]
            {{AllParts()}}
                public sealed partial class QueueSync { }
            }
            """,
            "namespace Music { public sealed partial class QueueSync { public const string Key = {|#0:\"queue-sink\"|}; } }",
        ],
        Mismatch("Feature flag 'queue-sync' (QueueSync)", "queue-sink"));

    [Fact]
    public Task NestedSpec_ReportedWithContainingType() => VerifyAsync($$"""
        public static class Specs
        {
            [FeatureFlag("eq")]
        {{AllParts("    ")}}
            public sealed class Equalizer { internal const string Key = {|#0:"equalizer"|}; }
        }
        """, Mismatch("Feature flag 'eq' (Specs.Equalizer)", "equalizer"));

    [Fact]
    public Task StaticReadonlyOrNonStringKey_NotAConstantKey() => VerifyAsync($$"""
        [FeatureFlag("offline-lyrics")]
        {{AllParts()}}
        public sealed class OfflineLyrics { public static readonly string Key = "other"; }

        [FeatureFlag("sleep-timer")]
        {{AllParts()}}
        public sealed class SleepTimer { public const int Key = 7; }
        """);

    [Fact]
    public Task SpecWithoutKeyArgument_LeftToTheCompiler()
    {
        var test = Verify.Create(Rules);
        test.TestState.Sources.Add(Metrics);
        test.TestState.Sources.Add($$"""
            using SpecAnalyzers;
            namespace Music
            {
                [{|CS7036:FeatureFlag|}]
            {{AllParts()}}
                public sealed class OfflineLyrics { public const string Key = "offline-lyrics"; }
            }
            """);
        return test.RunAsync();
    }
}
