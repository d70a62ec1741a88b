
namespace SpecAnalyzers.Tests.Rules.Spec1xx;

/// <summary>
/// SPEC104 follows <c>spec_analyzers.key_style</c>: a PascalCase app (Microsoft.FeatureManagement's documented
/// spelling) is first-class, and the message names the setting.
/// </summary>
public sealed class KeyStyleTests
{
    private const string Rule = "SPEC104";

    [Theory]
    [InlineData("PascalCase", "NewCheckout")]
    [InlineData("PascalCase", "Beta")]
    [InlineData("PascalCase", "Checkout2")]
    [InlineData("camelCase", "newCheckout")]
    [InlineData("snake_case", "new_checkout")]
    [InlineData("kebab-case", "new-checkout")]
    [InlineData("any", "New.Checkout_v2")]
    [InlineData("pascalcase", "NewCheckout")]
    public Task KeyInTheConfiguredStyle_NoDiagnostic(string style, string key) =>
        Verify(style, $$"""
            [SpecAnalyzers.FeatureFlag("{{key}}")]
            public sealed class Spec { }
            """);

    [Theory]
    [InlineData("PascalCase", "new-checkout", "use PascalCase of at most 64 characters, like 'LyricsCardShare' (spec_analyzers.key_style = PascalCase)")]
    [InlineData("PascalCase", "newCheckout", "use PascalCase of at most 64 characters, like 'LyricsCardShare' (spec_analyzers.key_style = PascalCase)")]
    [InlineData("camelCase", "NewCheckout", "use camelCase of at most 64 characters, like 'lyricsCardShare' (spec_analyzers.key_style = camelCase)")]
    [InlineData("snake_case", "new-checkout", "use lowercase snake_case of at most 64 characters, like 'lyrics_card_share' (spec_analyzers.key_style = snake_case)")]
    [InlineData("kebab-case", "NewCheckout", "use lowercase kebab-case of at most 64 characters, like 'lyrics-card-share' (spec_analyzers.key_style = kebab-case)")]
    [InlineData("unknown-style", "NewCheckout", "use lowercase kebab-case of at most 64 characters, like 'lyrics-card-share' (spec_analyzers.key_style = kebab-case)")]
    [InlineData("any", " padded", "use any spelling that is not blank and has no surrounding spaces of at most 64 characters, like 'lyrics-card-share' (spec_analyzers.key_style = any)")]
    public Task KeyInAnotherStyle_ReportedNamingTheSetting(string style, string key, string advice) =>
        Verify(style, $$"""
            [SpecAnalyzers.Experiment({|#0:"{{key}}"|})]
            public sealed class Spec { }
            """,
            RuleVerifier.Diagnostic(Rule).WithLocation(0).WithArguments($"Experiment '{key}' (Spec)", "key", key, advice));

    [Fact]
    public Task AnyStyle_StillLimitsTheLength()
    {
        var key = new string('K', 65);
        return Verify("any", $$"""
            [SpecAnalyzers.FeatureFlag({|#0:"{{key}}"|})]
            public sealed class Spec { }
            """,
            RuleVerifier.Diagnostic(Rule).WithLocation(0).WithArguments($"Feature flag '{key}' (Spec)", "key", key, "it is 65 characters long; a key has at most 64"));
    }

    [Fact]
    public Task StyleFromGlobalConfig_AppliesToConstantsAndPartialSpecs()
    {
        var test = RuleVerifier.Create(Rule, """
            public static class Keys { public const string Checkout = "NewCheckout"; }
            [SpecAnalyzers.FeatureFlag(Keys.Checkout)]
            public sealed partial class Spec { }
            """, """
            public sealed partial class Spec { }
            """);
        test.TestState.AnalyzerConfigFiles.Add(("/style.globalconfig", "is_global = true\nspec_analyzers.key_style = PascalCase\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task MetricNames_DoNotFollowTheKeyStyle()
    {
        return Verify("PascalCase", """
            [SpecAnalyzers.Metric({|#0:"ShareRate"|})]
            public sealed class ShareRate { }
            """,
            RuleVerifier.Diagnostic(Rule).WithLocation(0).WithArguments("Metric ShareRate", "metric name", "ShareRate",
                "use dot-separated lowercase snake_case segments, like 'lyrics.share_rate'"));
    }

    private static Task Verify(string style, string source, params Microsoft.CodeAnalysis.Testing.DiagnosticResult[] expected)
    {
        var test = RuleVerifier.Create(Rule, source);
        test.TestState.AnalyzerConfigFiles.Add(RuleVerifier.EditorConfig($"spec_analyzers.key_style = {style}"));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
