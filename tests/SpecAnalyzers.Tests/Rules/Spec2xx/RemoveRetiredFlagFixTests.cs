using Microsoft.CodeAnalysis.Testing;
using Fix = SpecAnalyzers.Tests.Verifiers.FlagFixTest<SpecAnalyzers.CodeFixes.RemoveRetiredFlagCodeFix>;

namespace SpecAnalyzers.Tests.Rules.Spec2xx;

/// <summary>
/// SPEC203's cleanup, one test per supported shape: sleep-timer shipped (keep the enabled path), autoplay-radio was
/// rolled back (keep the disabled path), podcast-chapters is undecided (no rewrite).
/// </summary>
public sealed class RemoveRetiredFlagFixTests
{
    private const string Usings = """
        using System.Threading.Tasks;
        using Microsoft.FeatureManagement;

        """;

    private static DiagnosticResult Retired(int location, string key) =>
        Fix.Diagnostic("SPEC203").WithLocation(location).WithArguments(FlagSpecs.RetiredArguments(key));

    [Fact]
    public Task IfElse_Shipped_KeepsEnabledBlockUnwrapped() => Fix.VerifyAsync(Usings + """
        public sealed class Player
        {
            public async Task<int> MinutesAsync(IFeatureManager features)
            {
                var minutes = 0;
                // Sleep timer: stop playback after a while.
                if (await {|#0:features.IsEnabledAsync("sleep-timer")|})
                {
                    // Default from the sleep-timer research.
                    minutes = 30;
                    minutes += 5;
                }
                else
                {
                    minutes = -1;
                }

                return minutes;
            }
        }
        """, Usings + """
        public sealed class Player
        {
            public async Task<int> MinutesAsync(IFeatureManager features)
            {
                var minutes = 0;
                // Sleep timer: stop playback after a while.
                // Default from the sleep-timer research.
                minutes = 30;
                minutes += 5;

                return minutes;
            }
        }
        """, Retired(0, "sleep-timer"));

    [Fact]
    public Task IfElse_RolledBack_KeepsElseBlock() => Fix.VerifyAsync(Usings + """
        public sealed class Player
        {
            public async Task<string> StationAsync(IFeatureManager features)
            {
                string station;
                if (await {|#0:features.IsEnabledAsync("autoplay-radio")|})
                {
                    station = "radio";
                }
                else
                {
                    // Keep the queue as the user left it.
                    station = "queue";
                }

                return station;
            }
        }
        """, Usings + """
        public sealed class Player
        {
            public async Task<string> StationAsync(IFeatureManager features)
            {
                string station;
                // Keep the queue as the user left it.
                station = "queue";

                return station;
            }
        }
        """, Retired(0, "autoplay-radio"));

    [Fact]
    public Task IfWithoutElse_RolledBack_RemovesStatement() => Fix.VerifyAsync(Usings + """
        public sealed class Player
        {
            public int Plays;

            public async Task PlayAsync(IFeatureManager features)
            {
                Plays++;
                if (await {|#0:features.IsEnabledAsync("autoplay-radio")|})
                {
                    Plays += 10;
                }
                Plays--;
            }
        }
        """, Usings + """
        public sealed class Player
        {
            public int Plays;

            public async Task PlayAsync(IFeatureManager features)
            {
                Plays++;
                Plays--;
            }
        }
        """, Retired(0, "autoplay-radio"));

    [Fact]
    public Task Negation_Shipped_KeepsElseBranch() => Fix.VerifyAsync(Usings + """
        public sealed class Player
        {
            public async Task<string> LabelAsync(IFeatureManager features)
            {
                if (!await {|#0:features.IsEnabledAsync("sleep-timer")|})
                {
                    return "no timer";
                }
                else
                {
                    return "timer";
                }
            }
        }
        """, Usings + """
        public sealed class Player
        {
            public async Task<string> LabelAsync(IFeatureManager features)
            {
                return "timer";
            }
        }
        """, Retired(0, "sleep-timer"));

    [Fact]
    public Task AndWithOtherCondition_Shipped_KeepsOtherCondition() => Fix.VerifyAsync(Usings + """
        public sealed class Player
        {
            public async Task<bool> ShowTimerAsync(IFeatureManager features, bool playing)
            {
                if (playing && await {|#0:features.IsEnabledAsync("sleep-timer")|})
                {
                    return true;
                }

                return false;
            }
        }
        """, Usings + """
        public sealed class Player
        {
            public async Task<bool> ShowTimerAsync(IFeatureManager features, bool playing)
            {
                if (playing)
                {
                    return true;
                }

                return false;
            }
        }
        """, Retired(0, "sleep-timer"));

    [Fact]
    public Task AndWithOtherCondition_RolledBack_RemovesBranch() => Fix.VerifyAsync(Usings + """
        public sealed class Player
        {
            public int Plays;

            public async Task PlayAsync(IFeatureManager features, bool queueEmpty)
            {
                if (await {|#0:features.IsEnabledAsync("autoplay-radio")|} && queueEmpty)
                {
                    Plays = 99;
                }

                Plays++;
            }
        }
        """, Usings + """
        public sealed class Player
        {
            public int Plays;

            public async Task PlayAsync(IFeatureManager features, bool queueEmpty)
            {
                Plays++;
            }
        }
        """, Retired(0, "autoplay-radio"));

    [Fact]
    public Task OrWithOtherCondition_RolledBack_KeepsOtherCondition() => Fix.VerifyAsync(Usings + """
        public sealed class Player
        {
            public async Task<bool> AutoplayAsync(IFeatureManager features, bool userAsked)
            {
                return userAsked || await {|#0:features.IsEnabledAsync("autoplay-radio")|};
            }
        }
        """, Usings + """
        public sealed class Player
        {
            public async Task<bool> AutoplayAsync(IFeatureManager features, bool userAsked)
            {
                return userAsked;
            }
        }
        """, Retired(0, "autoplay-radio"));

    [Fact]
    public Task Ternary_Shipped_KeepsWhenTrue() => Fix.VerifyAsync(Usings + """
        public sealed class Player
        {
            public async Task<int> MinutesAsync(IFeatureManager features)
            {
                var minutes = await {|#0:features.IsEnabledAsync("sleep-timer")|} ? 30 + 5 : 0;
                return minutes;
            }
        }
        """, Usings + """
        public sealed class Player
        {
            public async Task<int> MinutesAsync(IFeatureManager features)
            {
                var minutes = 30 + 5;
                return minutes;
            }
        }
        """, Retired(0, "sleep-timer"));

    [Fact]
    public Task EarlyReturn_Shipped_RemovesGuard() => Fix.VerifyAsync(Usings + """
        public sealed class Player
        {
            public int Minutes;

            public async Task StartTimerAsync(IFeatureManager features)
            {
                if (!await {|#0:features.IsEnabledAsync("sleep-timer")|}) return;
                Minutes = 30;
            }
        }
        """, Usings + """
        public sealed class Player
        {
            public int Minutes;

            public async Task StartTimerAsync(IFeatureManager features)
            {
                Minutes = 30;
            }
        }
        """, Retired(0, "sleep-timer"));

    [Fact]
    public Task EarlyReturn_RolledBack_RemovesUnreachableCode() => Fix.VerifyAsync(Usings + """
        public sealed class Player
        {
            public int Plays;

            public async Task<int> AutoplayAsync(IFeatureManager features)
            {
                if (!await {|#0:features.IsEnabledAsync("autoplay-radio")|})
                {
                    return 0;
                }

                Plays++;
                return Helper();

                int Helper() => Plays;
            }
        }
        """, Usings + """
        public sealed class Player
        {
            public int Plays;

            public async Task<int> AutoplayAsync(IFeatureManager features)
            {
                return 0;

                int Helper() => Plays;
            }
        }
        """, Retired(0, "autoplay-radio"));

    [Fact]
    public Task LocalHoldingEvaluation_Shipped_InlinesAndRemovesLocal() => Fix.VerifyAsync(Usings + """
        public sealed class Player
        {
            public async Task<string> LabelAsync(IFeatureManager features, bool playing)
            {
                var timerOn = await {|#0:features.IsEnabledAsync("sleep-timer")|};
                var label = "player";
                if (timerOn)
                {
                    label += " with timer";
                }

                return playing && timerOn ? label : "idle";
            }
        }
        """, Usings + """
        public sealed class Player
        {
            public async Task<string> LabelAsync(IFeatureManager features, bool playing)
            {
                var label = "player";
                label += " with timer";

                return playing ? label : "idle";
            }
        }
        """, Retired(0, "sleep-timer"));

    [Fact]
    public Task ConfigureAwaitAndElseIf_RolledBack_KeepsElseIfChain() => Fix.VerifyAsync(Usings + """
        public sealed class Player
        {
            public async Task<int> ModeAsync(IFeatureManager features, bool shuffle)
            {
                if (await {|#0:features.IsEnabledAsync("autoplay-radio")|}.ConfigureAwait(false))
                {
                    return 1;
                }
                else if (shuffle)
                {
                    return 2;
                }
                else
                {
                    return 3;
                }
            }
        }
        """, Usings + """
        public sealed class Player
        {
            public async Task<int> ModeAsync(IFeatureManager features, bool shuffle)
            {
                if (shuffle)
                {
                    return 2;
                }
                else
                {
                    return 3;
                }
            }
        }
        """, Retired(0, "autoplay-radio"));

    [Fact]
    public Task UndecidedOutcome_NoRewrite()
    {
        var source = Usings + """
            public sealed class Player
            {
                public async Task<bool> ChaptersAsync(IFeatureManager features) =>
                    await {|#0:features.IsEnabledAsync("podcast-chapters")|};
            }
            """;
        return Fix.VerifyAsync(source, source, Retired(0, "podcast-chapters"));
    }

    [Fact]
    public Task UnawaitedTask_NoRewrite()
    {
        var source = Usings + """
            public sealed class Player
            {
                public Task<bool> TimerAsync(IFeatureManager features) => {|#0:features.IsEnabledAsync("sleep-timer")|};
            }
            """;
        return Fix.VerifyAsync(source, source, Retired(0, "sleep-timer"));
    }

    [Fact]
    public Task FixAll_TwoFlagsInOneCondition_BothRemoved() => Fix.VerifyAsync(Usings + """
        public sealed class Player
        {
            public int Mode;

            public async Task ConfigureAsync(IFeatureManager features)
            {
                if (await {|#0:features.IsEnabledAsync("sleep-timer")|} && !await {|#1:features.IsEnabledAsync("autoplay-radio")|})
                {
                    Mode = 1;
                }

                Mode += await {|#2:features.IsEnabledAsync("sleep-timer")|} ? 10 : 20;
            }
        }
        """, Usings + """
        public sealed class Player
        {
            public int Mode;

            public async Task ConfigureAsync(IFeatureManager features)
            {
                Mode = 1;

                Mode += 10;
            }
        }
        """, Retired(0, "sleep-timer"), Retired(1, "autoplay-radio"), Retired(2, "sleep-timer"));

    [Fact]
    public Task ResultAndComparisonWithFalse_Shipped() => Fix.VerifyAsync(Usings + """
        public sealed class Player
        {
            public string Label(IFeatureManager features) =>
                {|#0:features.IsEnabledAsync("sleep-timer")|}.Result == false ? "off" : "timer";
        }
        """, Usings + """
        public sealed class Player
        {
            public string Label(IFeatureManager features) =>
                "timer";
        }
        """, Retired(0, "sleep-timer"));

    [Fact]
    public Task OpenFeatureBooleanValue_RolledBack() => Fix.VerifyAsync("""
        using System.Threading.Tasks;
        using OpenFeature;

        public sealed class Player
        {
            public int Volume;

            public async Task TuneAsync(IFeatureClient client)
            {
                if (await {|#0:client.GetBooleanValueAsync("autoplay-radio", defaultValue: false)|})
                    Volume = 11;
                else
                    Volume = 5;
            }
        }
        """, """
        using System.Threading.Tasks;
        using OpenFeature;

        public sealed class Player
        {
            public int Volume;

            public async Task TuneAsync(IFeatureClient client)
            {
                Volume = 5;
            }
        }
        """, Retired(0, "autoplay-radio"));

    [Fact]
    public Task SwitchSection_Shipped_UnwrapsIntoSection() => Fix.VerifyAsync(Usings + """
        public sealed class Player
        {
            public async Task<int> PlanAsync(IFeatureManager features, int tier)
            {
                switch (tier)
                {
                    case 1:
                        if (await {|#0:features.IsEnabledAsync("sleep-timer")|})
                        {
                            return 30;
                        }

                        return 0;
                    default:
                        return -1;
                }
            }
        }
        """, Usings + """
        public sealed class Player
        {
            public async Task<int> PlanAsync(IFeatureManager features, int tier)
            {
                switch (tier)
                {
                    case 1:
                        return 30;
                    default:
                        return -1;
                }
            }
        }
        """, Retired(0, "sleep-timer"));

    [Fact]
    public Task NestedIfBody_Shipped_KeepsBlockAsEmbeddedStatement() => Fix.VerifyAsync(Usings + """
        public sealed class Player
        {
            public int Minutes;

            public async Task StartAsync(IFeatureManager features, bool playing)
            {
                if (playing)
                    if (await {|#0:features.IsEnabledAsync("sleep-timer")|})
                    {
                        Minutes = 30;
                    }
            }
        }
        """, Usings + """
        public sealed class Player
        {
            public int Minutes;

            public async Task StartAsync(IFeatureManager features, bool playing)
            {
                if (playing)
                {
                    Minutes = 30;
                }
            }
        }
        """, Retired(0, "sleep-timer"));

    [Fact]
    public Task BlockLocalClashingWithSiblingScope_BlockKept() => Fix.VerifyAsync(Usings + """
        public sealed class Player
        {
            public async Task<int> MinutesAsync(IFeatureManager features, int[] presets)
            {
                if (await {|#0:features.IsEnabledAsync("sleep-timer")|})
                {
                    var minutes = 30;
                    presets[0] = minutes;
                }

                return System.Array.Find(presets, minutes => minutes > 10);
            }
        }
        """, Usings + """
        public sealed class Player
        {
            public async Task<int> MinutesAsync(IFeatureManager features, int[] presets)
            {
                {
                    var minutes = 30;
                    presets[0] = minutes;
                }

                return System.Array.Find(presets, minutes => minutes > 10);
            }
        }
        """, Retired(0, "sleep-timer"));

    [Fact]
    public Task ElseIfOnRolledBackFlag_ElseClauseRemoved() => Fix.VerifyAsync(Usings + """
        public sealed class Player
        {
            public int Mode;

            public async Task ModeAsync(IFeatureManager features, bool shuffle)
            {
                if (shuffle)
                {
                    Mode = 1;
                }
                else if (await {|#0:features.IsEnabledAsync("autoplay-radio")|})
                {
                    Mode = 2;
                }
            }
        }
        """, Usings + """
        public sealed class Player
        {
            public int Mode;

            public async Task ModeAsync(IFeatureManager features, bool shuffle)
            {
                if (shuffle)
                {
                    Mode = 1;
                }
            }
        }
        """, Retired(0, "autoplay-radio"));

    [Fact]
    public Task SideEffectBeforeDecidedAnd_NoRewrite()
    {
        var source = Usings + """
            public sealed class Player
            {
                public bool Save() => true;

                public async Task<bool> M(IFeatureManager features) => Save() && await {|#0:features.IsEnabledAsync("autoplay-radio")|};
            }
            """;
        return Fix.VerifyAsync(source, source, Retired(0, "autoplay-radio"));
    }

    [Fact]
    public async Task TopLevelStatements_Shipped_UnwrapsIntoProgram()
    {
        var test = Fix.Create("""
            using Microsoft.FeatureManagement;

            IFeatureManager features = null!;
            if (await {|#0:features.IsEnabledAsync("sleep-timer")|})
            {
                System.Console.WriteLine("timer");
            }

            System.Console.WriteLine("done");
            """, """
            using Microsoft.FeatureManagement;

            IFeatureManager features = null!;
            System.Console.WriteLine("timer");

            System.Console.WriteLine("done");
            """);
        test.TestState.OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication;
        test.ExpectedDiagnostics.Add(Retired(0, "sleep-timer"));
        await test.RunAsync();
    }

    [Fact]
    public async Task ConfiguredSynchronousWrapper_Shipped()
    {
        var test = Fix.Create("""
            public interface IFlags { bool IsOn(string key); }

            public sealed class Player
            {
                public int Minutes(IFlags flags) => {|#0:flags.IsOn("sleep-timer")|} ? 30 : 0;
            }
            """, """
            public interface IFlags { bool IsOn(string key); }

            public sealed class Player
            {
                public int Minutes(IFlags flags) => 30;
            }
            """);
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nspec_analyzers.evaluation_methods = IFlags.IsOn\n"));
        test.ExpectedDiagnostics.Add(Retired(0, "sleep-timer"));
        await test.RunAsync();
    }
}
