using Microsoft.CodeAnalysis.Testing;
using Fix = SpecAnalyzers.Tests.Evaluations.FlagFixTest<SpecAnalyzers.CodeFixes.RemoveRetiredFlagCodeFixProvider>;

namespace SpecAnalyzers.Tests.Evaluations;

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
        Fix.Diagnostic("SPEC203").WithLocation(location).WithArguments(Specs.RetiredArguments(key));

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
}
