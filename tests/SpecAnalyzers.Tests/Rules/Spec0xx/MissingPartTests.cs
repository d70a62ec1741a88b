using Microsoft.CodeAnalysis.Testing;
using static SpecAnalyzers.Tests.Verifiers.MissionRuleCases;
using Verify = SpecAnalyzers.Tests.Verifiers.AnalyzerVerifier;

namespace SpecAnalyzers.Tests.Rules.Spec0xx;

/// <summary>SPEC001–SPEC004: each scenario runs for each of the four mission rules.</summary>
public sealed class MissingPartTests
{

    private static readonly string[] Rules = ["SPEC001", "SPEC002", "SPEC003", "SPEC004"];
    [Fact]
    public Task CompleteFeatureFlag_NoDiagnostic() =>
        Verify.VerifyFilesAsync(Rules, [Metrics, $$"""
            using SpecAnalyzers;
            namespace Music
            {
                [FeatureFlag("offline-lyrics", Phase = Phase.Build)]
            {{AllParts("    ")}}
                public sealed class OfflineLyrics { }
            }
            """]);

    [Theory]
    [MemberData(nameof(RuleIds), MemberType = typeof(MissionRuleCases))]
    public Task FeatureFlagWithoutPart_ReportedOnNameWithKey(string ruleId) =>
        Verify.VerifyFilesAsync(Rules, [Metrics, $$"""
            using SpecAnalyzers;
            namespace Music
            {
                [FeatureFlag("offline-lyrics")]
            {{PartsExcept(ruleId, "    ")}}
                public sealed class {|#0:OfflineLyrics|} { }
            }
            """],
            Verify.Diagnostic(ruleId).WithLocation(0).WithArguments("Feature flag 'offline-lyrics' (OfflineLyrics)"));

    [Theory]
    [MemberData(nameof(RuleIds), MemberType = typeof(MissionRuleCases))]
    public Task ExperimentWithoutPart_MessageNamesExperiment(string ruleId) =>
        Verify.VerifyFilesAsync(Rules, [Metrics, $$"""
            using SpecAnalyzers;
            namespace Music
            {
                [Experiment("lyrics-card-share", Phase = Phase.Ship, RolloutPercent = 5)]
                [GuardrailMetric(typeof(CrashRate), NonInferiorityMargin = 0.001)]
            {{PartsExcept(ruleId, "    ")}}
                public sealed class {|#0:LyricsCardShare|} { }
            }
            """],
            Verify.Diagnostic(ruleId).WithLocation(0).WithArguments("Experiment 'lyrics-card-share' (LyricsCardShare)"));

    [Fact]
    public Task SpecWithNoPartsAtAll_EveryMissionRuleReportsOnce()
    {
        var test = Verify.Create(Rules);
        test.TestCode = """
            [SpecAnalyzers.FeatureFlag("bare")]
            public sealed class {|#0:Bare|} { }
            """;
        foreach (var id in PartByRule.Keys)
        {
            test.ExpectedDiagnostics.Add(Verify.Diagnostic(id).WithLocation(0).WithArguments("Feature flag 'bare' (Bare)"));
        }

        return test.RunAsync();
    }

    [Theory]
    [MemberData(nameof(RuleIds), MemberType = typeof(MissionRuleCases))]
    public Task PartialSpec_PartInOtherFile_NoDiagnostic(string ruleId) =>
        Verify.VerifyFilesAsync(Rules, [Metrics, $$"""
            using SpecAnalyzers;
            namespace Music
            {
                [FeatureFlag("offline-lyrics")]
            {{PartsExcept(ruleId, "    ")}}
                public sealed partial class OfflineLyrics { }
            }
            """, $$"""
            using SpecAnalyzers;
            namespace Music
            {
                {{PartByRule[ruleId]}}
                public sealed partial class OfflineLyrics { }
            }
            """]);

    [Theory]
    [MemberData(nameof(RuleIds), MemberType = typeof(MissionRuleCases))]
    public Task PartialSpecMissingPart_ReportedOnceOnDeclarationWithSpecAttribute(string ruleId) =>
        Verify.VerifyFilesAsync(Rules, [Metrics, $$"""
            using SpecAnalyzers;
            namespace Music
            {
            {{PartsExcept(ruleId, "    ")}}
                public sealed partial class OfflineLyrics { }
            }
            """, """
            using SpecAnalyzers;
            namespace Music
            {
                public sealed partial class OfflineLyrics { public void Play() { } }

                [FeatureFlag("offline-lyrics")]
                public sealed partial class {|#0:OfflineLyrics|} { }
            }
            """],
            Verify.Diagnostic(ruleId).WithLocation(0).WithArguments("Feature flag 'offline-lyrics' (OfflineLyrics)"));

    [Theory]
    [MemberData(nameof(RuleIds), MemberType = typeof(MissionRuleCases))]
    public Task NestedSpec_MessageNamesContainingType(string ruleId) =>
        Verify.VerifyFilesAsync(Rules, [Metrics, $$"""
            using SpecAnalyzers;
            namespace Music
            {
                public static class LyricsSpecs
                {
                    [FeatureFlag("offline-lyrics")]
            {{PartsExcept(ruleId, "        ")}}
                    public sealed class {|#0:OfflineLyrics|} { }
                }
            }
            """],
            Verify.Diagnostic(ruleId).WithLocation(0).WithArguments("Feature flag 'offline-lyrics' (LyricsSpecs.OfflineLyrics)"));

    [Theory]
    [MemberData(nameof(RuleIds), MemberType = typeof(MissionRuleCases))]
    public Task RecordSpec_Reported(string ruleId) =>
        Verify.VerifyFilesAsync(Rules, [Metrics, $$"""
            using SpecAnalyzers;
            namespace Music
            {
                [Experiment("lyrics-card-share")]
            {{PartsExcept(ruleId, "    ")}}
                public sealed record {|#0:LyricsCardShare|}(string Theme);
            }
            """],
            Verify.Diagnostic(ruleId).WithLocation(0).WithArguments("Experiment 'lyrics-card-share' (LyricsCardShare)"));

    [Theory]
    [MemberData(nameof(RuleIds), MemberType = typeof(MissionRuleCases))]
    public Task ConstantConcatenatedKey_MessageShowsValue(string ruleId) =>
        Verify.VerifyFilesAsync(Rules, [Metrics, $$"""
            using SpecAnalyzers;
            namespace Music
            {
                internal static class Keys
                {
                    public const string Prefix = "lyrics-";
                    public const string CardShare = Prefix + "card-share";
                }

                [Experiment(Keys.CardShare)]
            {{PartsExcept(ruleId, "    ")}}
                public sealed class {|#0:LyricsCardShare|} { }
            }
            """],
            Verify.Diagnostic(ruleId).WithLocation(0).WithArguments("Experiment 'lyrics-card-share' (LyricsCardShare)"));

    [Fact]
    public Task PartsThroughAliasesAndFullNames_Count() =>
        Verify.VerifyFilesAsync(Rules, [Metrics, """
            using Flag = SpecAnalyzers.FeatureFlagAttribute;
            using Owns = SpecAnalyzers.OwnerAttribute;
            namespace Music
            {
                [Flag("offline-lyrics")]
                [Owns("lyrics-squad")]
                [global::SpecAnalyzers.HypothesisAttribute("We believe offline lyrics will raise views because sessions start offline", Goal = typeof(SocialDiscovery))]
                [SpecAnalyzers.SuccessMetric(typeof(LyricsShareRate))]
                [SpecAnalyzers.TweakPlanAttribute(plan: "Trim the cache", ReviewBy = "2027-03-01")]
                public sealed class OfflineLyrics { }
            }
            """]);

    [Theory]
    [MemberData(nameof(RuleIds), MemberType = typeof(MissionRuleCases))]
    public Task AliasedSpecAttributeMissingPart_Reported(string ruleId) =>
        Verify.VerifyFilesAsync(Rules, [Metrics, $$"""
            using SpecAnalyzers;
            using Flag = SpecAnalyzers.FeatureFlagAttribute;
            namespace Music
            {
                [Flag("offline-lyrics", RemoveBy = "2027-06-30", Phase = Phase.Build)]
            {{PartsExcept(ruleId, "    ")}}
                public sealed class {|#0:OfflineLyrics|} { }
            }
            """],
            Verify.Diagnostic(ruleId).WithLocation(0).WithArguments("Feature flag 'offline-lyrics' (OfflineLyrics)"));

    [Theory]
    [MemberData(nameof(RuleIds), MemberType = typeof(MissionRuleCases))]
    public Task SeveralAttributesInOneList_Count(string ruleId) =>
        Verify.VerifyFilesAsync(Rules, [Metrics, $$"""
            using SpecAnalyzers;
            namespace Music
            {
                [FeatureFlag("offline-lyrics"), {{string.Join(", ", PartByRule.Where(p => p.Key != ruleId).Select(p => p.Value.Trim('[', ']')))}}]
                public sealed class {|#0:OfflineLyrics|} { }

                [FeatureFlag("offline-radio"), {{string.Join(", ", PartByRule.Values.Select(p => p.Trim('[', ']')))}}]
                public sealed class OfflineRadio { }
            }
            """],
            Verify.Diagnostic(ruleId).WithLocation(0).WithArguments("Feature flag 'offline-lyrics' (OfflineLyrics)"));

    [Theory]
    [MemberData(nameof(RuleIds), MemberType = typeof(MissionRuleCases))]
    public Task PartsWithoutSpecAttribute_NotAMissionViolation(string ruleId)
    {
        var test = Verify.Create(Rules);
        test.TestState.Sources.Add(Metrics);
        test.TestState.Sources.Add($$"""
            using SpecAnalyzers;
            namespace Music
            {
            {{PartsExcept(ruleId, "    ")}}
                public sealed class NotASpec { }

                public sealed class Plain { public int Volume { get; set; } }
            }
            """);

        // SPEC108 reports parts on a type that is not a spec (Validity/PartOnNonSpecTests); here only the mission rules matter.
        test.DisabledDiagnostics.Add("SPEC108");
        return test.RunAsync();
    }

    [Theory]
    [MemberData(nameof(RuleIds), MemberType = typeof(MissionRuleCases))]
    public Task GeneratedCode_NotAnalyzed(string ruleId)
    {
        var test = Verify.Create(Rules);
        test.TestState.Sources.Add(("Metrics.cs", Metrics));
        test.TestState.Sources.Add(("OfflineLyrics.g.cs", $$"""
            // <auto-generated/>
            using SpecAnalyzers;
            namespace Music
            {
                [FeatureFlag("offline-lyrics")]
            {{PartsExcept(ruleId, "    ")}}
                public sealed class OfflineLyrics { }
            }
            """));
        return test.RunAsync();
    }

    [Theory]
    [MemberData(nameof(RuleIds), MemberType = typeof(MissionRuleCases))]
    public Task SeverityNoneInEditorConfig_Silences(string ruleId)
    {
        var test = Verify.Create(Rules);
        test.TestState.Sources.Add(("Metrics.cs", Metrics));
        test.TestState.Sources.Add(("/OfflineLyrics.cs", $$"""
            using SpecAnalyzers;
            namespace Music
            {
                [FeatureFlag("offline-lyrics")]
            {{PartsExcept(ruleId, "    ")}}
                public sealed class OfflineLyrics { }
            }
            """));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", $"""
            root = true

            [*.cs]
            dotnet_diagnostic.{ruleId}.severity = none
            """));
        return test.RunAsync();
    }

    [Theory]
    [MemberData(nameof(RuleIds), MemberType = typeof(MissionRuleCases))]
    public Task DescriptorDefaults_AreErrorsWithHelpLink(string ruleId)
    {
        var descriptor = new SpecTypeAnalyzer().SupportedDiagnostics.Single(d => d.Id == ruleId);
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Error, descriptor.DefaultSeverity);
        Assert.True(descriptor.IsEnabledByDefault);
        Assert.EndsWith($"/docs/rules/{ruleId}.md", descriptor.HelpLinkUri);
        return Task.CompletedTask;
    }
}
