using static SpecAnalyzers.Tests.Verifiers.MissionRuleCases;

namespace SpecAnalyzers.Tests.Rules.Spec0xx;

/// <summary>
/// Half-typed specs, run as the IDE runs analyzers. No analyzer may throw, and a part the user has started to
/// write counts as present: the compiler already reports what is wrong with it.
/// </summary>
public sealed class MissionRulesOnBrokenCodeTests
{
    [Theory]
    [MemberData(nameof(RuleIds), MemberType = typeof(MissionRuleCases))]
    public async Task UnclosedAttributeList_NoCrash(string ruleId)
    {
        var diagnostics = await AnalyzerRunner.GetAnalyzerDiagnosticsAsync(Metrics, $$"""
            using SpecAnalyzers;
            namespace Music
            {
                [FeatureFlag("offline-lyrics")]
            {{PartsExcept(ruleId, "    ")}}
                [Owner("lyrics-squad"
                public sealed class OfflineLyrics { }
            }
            """);

        Assert.All(diagnostics, diagnostic => Assert.StartsWith("SPEC", diagnostic.Id));
    }

    [Theory]
    [MemberData(nameof(RuleIds), MemberType = typeof(MissionRuleCases))]
    public async Task PartWithMissingArgument_CountsAsPresent(string ruleId)
    {
        var emptyPart = PartByRule[ruleId][..(PartByRule[ruleId].IndexOf('(') + 1)] + ")]";
        var diagnostics = await AnalyzerRunner.GetAnalyzerDiagnosticsAsync(Metrics, $$"""
            using SpecAnalyzers;
            namespace Music
            {
                [FeatureFlag("offline-lyrics")]
            {{PartsExcept(ruleId, "    ")}}
                {{emptyPart}}
                public sealed class OfflineLyrics { }
            }
            """);

        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == ruleId);
    }

    [Theory]
    [MemberData(nameof(RuleIds), MemberType = typeof(MissionRuleCases))]
    public async Task SuccessMetricOfUnknownType_NoCrash(string ruleId)
    {
        var diagnostics = await AnalyzerRunner.GetAnalyzerDiagnosticsAsync($$"""
            using SpecAnalyzers;
            namespace Music
            {
                [Experiment("lyrics-card-share")]
                [SuccessMetric(typeof(NotWrittenYet))]
                [SuccessMetric(typeof())]
                public sealed class LyricsCardShare { }
            }
            """);

        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == "SPEC002");
        Assert.Equal(ruleId != "SPEC002", diagnostics.Any(diagnostic => diagnostic.Id == ruleId));
    }

    [Theory]
    [MemberData(nameof(RuleIds), MemberType = typeof(MissionRuleCases))]
    public async Task SpecWithoutKey_ReportedWithTypeNameOnly(string ruleId)
    {
        var diagnostics = await AnalyzerRunner.GetAnalyzerDiagnosticsAsync(Metrics, $$"""
            using SpecAnalyzers;
            namespace Music
            {
                [FeatureFlag()]
            {{PartsExcept(ruleId, "    ")}}
                public sealed class OfflineLyrics { }
            }
            """);

        var diagnostic = Assert.Single(diagnostics, d => d.Id == ruleId);
        Assert.StartsWith("Feature flag OfflineLyrics has no", diagnostic.GetMessage());
    }

    [Theory]
    [MemberData(nameof(RuleIds), MemberType = typeof(MissionRuleCases))]
    public async Task HalfTypedSpecDeclaration_NoCrash(string ruleId)
    {
        var diagnostics = await AnalyzerRunner.GetAnalyzerDiagnosticsAsync(Metrics, $$"""
            using SpecAnalyzers;
            namespace Music
            {
                [FeatureFlag("offline-lyrics", Phase = Phase.
            {{PartsExcept(ruleId, "    ")}}
                public sealed class
            """);

        Assert.All(diagnostics, diagnostic => Assert.StartsWith("SPEC", diagnostic.Id));
    }

    [Theory]
    [MemberData(nameof(RuleIds), MemberType = typeof(MissionRuleCases))]
    public async Task KeyOfWrongType_ReportedWithoutKey(string ruleId)
    {
        var diagnostics = await AnalyzerRunner.GetAnalyzerDiagnosticsAsync(Metrics, $$"""
            using SpecAnalyzers;
            namespace Music
            {
                [Experiment(42)]
            {{PartsExcept(ruleId, "    ")}}
                public sealed class LyricsCardShare { }
            }
            """);

        var diagnostic = Assert.Single(diagnostics, d => d.Id == ruleId);
        Assert.Contains("LyricsCardShare", diagnostic.GetMessage());
    }
}
