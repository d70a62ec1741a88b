using Microsoft.CodeAnalysis.Testing;
using Verify = SpecAnalyzers.Tests.Verifiers.FlagTest;

namespace SpecAnalyzers.Tests.Evaluations;

/// <summary>
/// The specs a call site's key is checked against are found from syntax first and bound only where they can
/// declare the key: every way a team writes a spec must still be found. A retired spec evaluated (SPEC203) proves
/// the spec was found and read; a key no spec declares (SPEC201) proves a lookalike was not taken for one.
/// </summary>
public sealed class DeclaredSpecLookupTests
{
    private const string Shipped = "it shipped, so remove the evaluation and keep the enabled path";

    private const string Usings = """
        using System.Threading.Tasks;
        using Microsoft.FeatureManagement;

        """;

    private static DiagnosticResult Retired(int location, string spec) =>
        Verify.Diagnostic("SPEC203").WithLocation(location).WithArguments(spec, Shipped);

    private static string Evaluates(params string[] keys) => Usings + $$"""
        public sealed class Player
        {
            public async Task<bool> M(IFeatureManager features) =>
                {{string.Join("\n        && ", keys.Select((key, i) => $"await {{|#{i}:features.IsEnabledAsync({key})|}}"))}};
        }
        """;

    [Fact]
    public Task SpecDeclaredThroughAlias_Found() => Verify.VerifyAsync(
        [
            """
            using Toggle = SpecAnalyzers.FeatureFlagAttribute;
            using SpecAnalyzers;

            [Toggle("sleep-timer", Phase = Phase.Retired, Outcome = Outcome.Shipped)]
            public sealed class SleepTimer { }
            """,
            Evaluates("\"sleep-timer\""),
        ],
        Retired(0, "Feature flag 'sleep-timer' (SleepTimer)"));

    [Fact]
    public Task GlobalAliasInAnotherFile_Found() => Verify.VerifyAsync(
        [
            "global using Trial = SpecAnalyzers.ExperimentAttribute;",
            """
            using SpecAnalyzers;

            [Trial("queue-suggestions", Phase = Phase.Retired, Outcome = Outcome.Shipped)]
            public sealed class QueueSuggestions { }
            """,
            Evaluates("\"queue-suggestions\""),
        ],
        Retired(0, "Experiment 'queue-suggestions' (QueueSuggestions)"));

    [Fact]
    public Task FullyQualifiedAndSpelledOutAttributes_Found() => Verify.VerifyAsync(
        [
            """
            [global::SpecAnalyzers.FeatureFlagAttribute("sleep-timer", Phase = global::SpecAnalyzers.Phase.Retired, Outcome = global::SpecAnalyzers.Outcome.Shipped)]
            public sealed class SleepTimer { }

            [SpecAnalyzers.Experiment("home-shelves", Phase = SpecAnalyzers.Phase.Retired, Outcome = SpecAnalyzers.Outcome.Shipped)]
            public sealed class HomeShelves { }
            """,
            Evaluates("\"sleep-timer\"", "\"home-shelves\""),
        ],
        Retired(0, "Feature flag 'sleep-timer' (SleepTimer)"),
        Retired(1, "Experiment 'home-shelves' (HomeShelves)"));

    [Fact]
    public Task KeyConstantInAnotherPartialDeclaration_Found() => Verify.VerifyAsync(
        [
            """
            using SpecAnalyzers;

            [FeatureFlag(Key, Phase = Phase.Retired, Outcome = Outcome.Shipped)]
            public sealed partial class SleepTimer { }
            """,
            """
            public sealed partial class SleepTimer
            {
                public const string Key = "sleep-timer";
            }
            """,
            Evaluates("\"sleep-timer\""),
        ],
        Retired(0, "Feature flag 'sleep-timer' (SleepTimer)"));

    [Fact]
    public Task KeyFromAnotherTypesConstant_Found() => Verify.VerifyAsync(
        [
            """
            using SpecAnalyzers;

            public static class FlagKeys
            {
                public const string Prefix = "sleep";
                public const string SleepTimer = Prefix + "-timer";
            }

            [FeatureFlag(FlagKeys.SleepTimer, Phase = Phase.Retired, Outcome = Outcome.Shipped)]
            public sealed class SleepTimer { }
            """,
            Evaluates("\"sleep-timer\""),
        ],
        Retired(0, "Feature flag 'sleep-timer' (SleepTimer)"));

    [Fact]
    public Task NestedGenericAndRecordSpecsInQualifiedNamespaces_Found() => Verify.VerifyAsync(
        [
            """
            using SpecAnalyzers;

            namespace Music.Player.Specs;

            public static class Retirements
            {
                [FeatureFlag("sleep-timer", Phase = Phase.Retired, Outcome = Outcome.Shipped)]
                public sealed class SleepTimer { }
            }

            [FeatureFlag("autoplay-radio", Phase = Phase.Retired, Outcome = Outcome.Shipped)]
            public sealed class AutoplayRadio<TStation> { }

            [Experiment("home-shelves", Phase = Phase.Retired, Outcome = Outcome.Shipped)]
            public sealed record HomeShelves(int Count);
            """,
            """
            namespace Music.Player.Specs
            {
                public sealed class AutoplayRadio { }
            }
            """,
            Evaluates("\"sleep-timer\"", "\"autoplay-radio\"", "\"home-shelves\""),
        ],
        Retired(0, "Feature flag 'sleep-timer' (Retirements.SleepTimer)"),
        Retired(1, "Feature flag 'autoplay-radio' (AutoplayRadio<TStation>)"),
        Retired(2, "Experiment 'home-shelves' (HomeShelves)"));

    [Fact]
    public Task LookalikeAttributeOfAnotherNamespace_NotASpec() => Verify.VerifyAsync(
        [
            """
            namespace Legacy
            {
                [System.AttributeUsage(System.AttributeTargets.Class)]
                public sealed class FeatureFlagAttribute : System.Attribute
                {
                    public FeatureFlagAttribute(string key) { }
                }

                [FeatureFlag("sleep-timer")]
                public sealed class SleepTimer { }
            }

            [SpecAnalyzers.FeatureFlag("sleep-timers")]
            public sealed class SleepTimers { }
            """,
            Usings + """
            public sealed class Player
            {
                public Task<bool> M(IFeatureManager features) => features.IsEnabledAsync({|#0:"sleep-timer"|});
            }
            """,
        ],
        Verify.Diagnostic("SPEC201").WithLocation(0).WithArguments("sleep-timer", ": did you mean 'sleep-timers'?"));

    [Fact]
    public Task KeyWrittenTwice_FirstFileOwnsIt() => Verify.VerifyAsync(
        [
            """
            using SpecAnalyzers;

            [FeatureFlag("sleep-timer", Phase = Phase.Retired, Outcome = Outcome.Shipped)]
            public sealed class SleepTimer { }
            """,
            """
            using SpecAnalyzers;

            [FeatureFlag("sleep-timer", Phase = Phase.Build)]
            public sealed class SleepTimerAgain { }
            """,
            Evaluates("\"sleep-timer\""),
        ],
        Retired(0, "Feature flag 'sleep-timer' (SleepTimer)"));

    [Fact]
    public Task FeatureGateThroughAlias_Checked() => Verify.VerifyAsync(
        [
            FlagSpecs.Catalog,
            """
            using Microsoft.AspNetCore.Mvc;
            using Gate = Microsoft.FeatureManagement.Mvc.FeatureGateAttribute;

            [Gate({|#0:"dark-mod"|})]
            public sealed class ThemeController : ControllerBase
            {
                [Gate({|#1:"sleep-timer"|})]
                public IActionResult Timer() => Ok();
            }
            """,
        ],
        Verify.Diagnostic("SPEC201").WithLocation(0).WithArguments("dark-mod", ": did you mean 'dark-mode'?"),
        Verify.Diagnostic("SPEC203").WithLocation(1).WithArguments(FlagSpecs.RetiredArguments("sleep-timer")));
}
