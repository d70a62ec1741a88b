namespace SpecAnalyzers.Tests.Rules.Spec1xx;

/// <summary>SPEC104: keys are lowercase kebab-case of at most 64 characters; metric names dot-separated lowercase snake_case.</summary>
public sealed class MalformedNameTests
{
    private const string Rule = "SPEC104";
    private const string KebabAdvice = "use lowercase kebab-case of at most 64 characters, like 'lyrics-card-share' (spec_analyzers.key_style = kebab-case)";
    private const string SnakeAdvice = "use dot-separated lowercase snake_case segments, like 'lyrics.share_rate'";

    [Theory]
    [InlineData("a")]
    [InlineData("offline-lyrics")]
    [InlineData("lyrics-card-share-v2")]
    [InlineData("x2-3d")]
    public Task WellFormedKey_NoDiagnostic(string key) =>
        RuleVerifier.VerifyAsync(Rule, $$"""
            [SpecAnalyzers.FeatureFlag("{{key}}")]
            public sealed class Spec { }
            """);

    [Theory]
    [InlineData("Offline-Lyrics")]
    [InlineData("offline_lyrics")]
    [InlineData("offline--lyrics")]
    [InlineData("-offline")]
    [InlineData("offline-")]
    [InlineData("2-offline")]
    [InlineData("offline lyrics")]
    [InlineData("offline.lyrics")]
    [InlineData("")]
    [InlineData("offline-lyrics\\n")]
    [InlineData("ofﬂine")]
    public Task MalformedKey_ReportedOnKey(string key) =>
        RuleVerifier.VerifyAsync(Rule, $$"""
            [SpecAnalyzers.Experiment({|#0:"{{key}}"|})]
            public sealed class Spec { }
            """,
            RuleVerifier.Diagnostic(Rule).WithLocation(0).WithArguments(
                $"Experiment '{Unescape(key)}' (Spec)", "key", Unescape(key), KebabAdvice));

    [Fact]
    public Task KeyOf64Characters_NoDiagnostic() =>
        RuleVerifier.VerifyAsync(Rule, $$"""
            [SpecAnalyzers.FeatureFlag("{{KeyOfLength(64)}}")]
            public sealed class Spec { }
            """);

    [Fact]
    public Task KeyOf65Characters_ReportedWithLength()
    {
        var key = KeyOfLength(65);
        return RuleVerifier.VerifyAsync(Rule, $$"""
            [SpecAnalyzers.FeatureFlag({|#0:"{{key}}"|})]
            public sealed class Spec { }
            """,
            RuleVerifier.Diagnostic(Rule).WithLocation(0).WithArguments(
                $"Feature flag '{key}' (Spec)", "key", key, "it is 65 characters long; a key has at most 64"));
    }

    [Fact]
    public Task ConstantKeyInPartialSpec_ReportedOnConstantReference() =>
        RuleVerifier.VerifyAsync(Rule, ["""
            namespace Music
            {
                internal static class Keys
                {
                    public const string Prefix = "Lyrics";
                    public const string CardShare = Prefix + "CardShare";
                }

                public sealed partial class LyricsCardShare { }
            }
            """, """
            using Exp = SpecAnalyzers.ExperimentAttribute;
            namespace Music
            {
                [Exp({|#0:Keys.CardShare|})]
                public sealed partial class LyricsCardShare { }
            }
            """],
            RuleVerifier.Diagnostic(Rule).WithLocation(0).WithArguments("Experiment 'LyricsCardShare' (LyricsCardShare)", "key", "LyricsCardShare", KebabAdvice));

    [Theory]
    [InlineData("lyrics.share_rate")]
    [InlineData("app.crash_rate")]
    [InlineData("playback.start_time_ms")]
    [InlineData("sessions")]
    [InlineData("a.b2.c_3")]
    public Task WellFormedMetricName_NoDiagnostic(string name) =>
        RuleVerifier.VerifyAsync(Rule, $$"""
            [SpecAnalyzers.Metric("{{name}}")]
            public sealed class Measure { }
            """);

    [Theory]
    [InlineData("Lyrics.ShareRate")]
    [InlineData("lyrics.share-rate")]
    [InlineData("lyrics..share_rate")]
    [InlineData(".lyrics")]
    [InlineData("lyrics.")]
    [InlineData("lyrics.share__rate")]
    [InlineData("lyrics._share")]
    [InlineData("lyrics.2share")]
    [InlineData("lyrics share")]
    [InlineData("")]
    [InlineData("TODO")]
    public Task MalformedMetricName_ReportedOnName(string name) =>
        RuleVerifier.VerifyAsync(Rule, $$"""
            namespace Music
            {
                [global::SpecAnalyzers.MetricAttribute(name: {|#0:"{{name}}"|}, Unit = "saves")]
                public sealed class LyricSaves { }
            }
            """,
            RuleVerifier.Diagnostic(Rule).WithLocation(0).WithArguments("Metric LyricSaves", "metric name", name, SnakeAdvice));

    [Fact]
    public async Task KeyOrNameNotAConstantString_NoDiagnostic()
    {
        var diagnostics = await AnalyzerRunner.GetAnalyzerDiagnosticsAsync("""
            using SpecAnalyzers;
            [FeatureFlag(42)]
            public sealed class A { }

            [Experiment(System.DateTime.Now.ToString())]
            public sealed class B { }

            [Metric(null)]
            public sealed class C { }

            [Metric(]
            public sealed class D { }
            """);

        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == Rule);
    }

    private static string KeyOfLength(int length) => ("lyrics-" + new string('a', length))[..length];

    private static string Unescape(string text) => text.Replace("\\n", "\n");
}
