using SpecAnalyzers.CodeFixes.Configuration;

namespace SpecAnalyzers.Tests.Rules.Spec4xx;

/// <summary>SPEC403's fix sets RolloutPercent to the configured share: the spec is mended, the configuration is untouched.</summary>
public sealed class UseConfiguredRolloutFixTests
{
    private const string Rule = "SPEC403";
    private const string AppSettings = "/0/appsettings.json";

    private const string Targeted = "Microsoft.Targeting's Audience.DefaultRolloutPercentage";
    private const string Percentage = "Microsoft.Percentage's Value";

    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Expected(int location, string spec, int written, string where, string configured, string source) =>
        ConfigurationFixTest.Diagnostic(Rule).WithLocation(location).WithArguments(spec, written.ToString(), "appsettings.json" + where, configured, source);

    private static readonly (string, string)[] Targeting = [(AppSettings, """
        {
          "FeatureManagement": {
            "lyrics-card-share": { "EnabledFor": [ { "Name": "Targeting", "Parameters": { "Audience": { "DefaultRolloutPercentage": 20 } } } ] },
            "queue-boost": { "EnabledFor": [ { "Name": "Percentage", "Parameters": { "Value": 50 } } ] },
            "half-step": { "EnabledFor": [ { "Name": "Percentage", "Parameters": { "Value": 12.5 } } ] }
          }
        }
        """)];

    [Fact]
    public Task Literal_IsReplacedKeepingTrivia()
    {
        var test = ConfigurationFixTest.Create<UseConfiguredRolloutCodeFix>(Rule, Targeting, Targeting);
        test.TestCode = """
            using SpecAnalyzers;
            [Experiment("lyrics-card-share", Phase = Phase.Ship, RolloutPercent = {|#0:10|} /* agreed in review */)]
            public sealed class LyricsCardShare { }
            """;
        test.FixedCode = """
            using SpecAnalyzers;
            [Experiment("lyrics-card-share", Phase = Phase.Ship, RolloutPercent = 20 /* agreed in review */)]
            public sealed class LyricsCardShare { }
            """;
        test.ExpectedDiagnostics.Add(Expected(0, "Experiment 'lyrics-card-share' (LyricsCardShare)", 10, "(3,125)", "20", Targeted));
        test.CodeActionEquivalenceKey = UseConfiguredRolloutCodeFix.EquivalenceKey;
        return test.RunAsync();
    }

    [Fact]
    public Task Constant_IsReplacedOnTheSpec_AndFixAllMendsEveryExperiment()
    {
        var test = ConfigurationFixTest.Create<UseConfiguredRolloutCodeFix>(Rule, Targeting, Targeting);
        test.TestCode = """
            using SpecAnalyzers;
            public static class Rollouts { public const int Small = 5; }

            [Experiment("lyrics-card-share", Phase = Phase.Ship, RolloutPercent = {|#0:Rollouts.Small|})]
            public sealed class LyricsCardShare { }

            [Experiment("Queue-Boost", RolloutPercent = {|#1:5|}, Phase = Phase.Tweak)]
            public sealed partial class QueueBoost { }
            """;
        test.FixedCode = """
            using SpecAnalyzers;
            public static class Rollouts { public const int Small = 5; }

            [Experiment("lyrics-card-share", Phase = Phase.Ship, RolloutPercent = 20)]
            public sealed class LyricsCardShare { }

            [Experiment("Queue-Boost", RolloutPercent = 50, Phase = Phase.Tweak)]
            public sealed partial class QueueBoost { }
            """;
        test.ExpectedDiagnostics.Add(Expected(0, "Experiment 'lyrics-card-share' (LyricsCardShare)", 5, "(3,125)", "20", Targeted));
        test.ExpectedDiagnostics.Add(Expected(1, "Experiment 'Queue-Boost' (QueueBoost)", 5, "(4,87)", "50", Percentage));
        test.CodeActionEquivalenceKey = UseConfiguredRolloutCodeFix.EquivalenceKey;
        return test.RunAsync();
    }

    [Fact]
    public Task FractionalConfiguredShare_OffersNoFix()
    {
        const string source = """
            using SpecAnalyzers;
            [Experiment("half-step", Phase = Phase.Ship, RolloutPercent = {|#0:10|})]
            public sealed class HalfStep { }
            """;
        var test = ConfigurationFixTest.Create<UseConfiguredRolloutCodeFix>(Rule, Targeting, Targeting);
        test.TestCode = source;
        test.FixedCode = source;
        test.ExpectedDiagnostics.Add(Expected(0, "Experiment 'half-step' (HalfStep)", 10, "(5,85)", "12.5", Percentage));
        return test.RunAsync();
    }
}
