using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using SpecAnalyzers.CodeFixes;
using Fix = SpecAnalyzers.Tests.Verifiers.FlagFixTest<SpecAnalyzers.CodeFixes.RemoveRetiredFlagCodeFix>;

namespace SpecAnalyzers.Tests.Rules.Spec2xx;

/// <summary>
/// SPEC203's cleanup reaches the configuration: when the fix removes the last evaluation of a retired key, the key's
/// entries leave every configuration file (both schemas, overlays, names in any case), the files' comments and layout
/// kept; while another evaluation is left, the JSON stays as it was. The verifier applies the fix one diagnostic at a
/// time and as Fix All in document, project and solution, and checks the JSON each way.
/// </summary>
public sealed class RemoveRetiredFlagConfigurationTests
{
    private const string AppSettings = "/0/appsettings.json";
    private const string Production = "/0/appsettings.Production.json";

    private const string Usings = """
        using System.Threading.Tasks;
        using Microsoft.FeatureManagement;

        """;

    /// <summary>sleep-timer shipped: both evaluations go, the enabled paths stay.</summary>
    private const string TimerTwice = Usings + """
        public sealed class Player
        {
            public async Task<int> MinutesAsync(IFeatureManager features) =>
                await {|#0:features.IsEnabledAsync("sleep-timer")|} ? 30 : 0;

            public async Task<string> LabelAsync(IFeatureManager features) =>
                await {|#1:features.IsEnabledAsync("sleep-timer")|} ? "timer" : "none";
        }
        """;

    private const string TimerTwiceFixed = Usings + """
        public sealed class Player
        {
            public async Task<int> MinutesAsync(IFeatureManager features) =>
                30;

            public async Task<string> LabelAsync(IFeatureManager features) =>
                "timer";
        }
        """;

    /// <summary>sleep-timer's only evaluation in Player.cs (no other string there is part of the key).</summary>
    private const string TimerOnce = Usings + """
        public sealed class Player
        {
            public async Task<int> MinutesAsync(IFeatureManager features) =>
                await {|#0:features.IsEnabledAsync("sleep-timer")|} ? 30 : 0;
        }
        """;

    private const string TimerOnceFixed = Usings + """
        public sealed class Player
        {
            public async Task<int> MinutesAsync(IFeatureManager features) =>
                30;
        }
        """;

    private static DiagnosticResult Retired(int location, string key) =>
        Fix.Diagnostic("SPEC203").WithLocation(location).WithArguments(FlagSpecs.RetiredArguments(key));

    [Fact]
    public Task DotnetSchema_LastEvaluationsGone_EntryLeavesWithItsComments_OthersKeepTheirs() => VerifyAsync(
        TimerTwice,
        TimerTwiceFixed,
        [(AppSettings, """
            {
              // Flags of the player.
              "FeatureManagement": {
                // Beta programme: ask the growth squad before turning it off.
                "Beta": true,
                // Sleep timer: shipped in March.
                "sleep-timer": true, // 100% since 2026-03-01
                /* dark mode */ "dark-mode": false
              },
              "Logging": { "LogLevel": { "Default": "Information" } }
            }
            """)],
        [(AppSettings, """
            {
              // Flags of the player.
              "FeatureManagement": {
                // Beta programme: ask the growth squad before turning it off.
                "Beta": true,
                /* dark mode */ "dark-mode": false
              },
              "Logging": { "LogLevel": { "Default": "Information" } }
            }
            """)],
        Retired(0, "sleep-timer"), Retired(1, "sleep-timer"));

    [Fact]
    public Task DotnetSchema_LastEntryOfItsList_TakesThePreviousComma() => VerifyAsync(
        TimerTwice,
        TimerTwiceFixed,
        [(AppSettings, """
            {
              "FeatureManagement": {
                "Beta": true, // the beta programme
                "sleep-timer": { "EnabledFor": [ { "Name": "Percentage", "Parameters": { "Value": 100 } } ] }
              }
            }
            """)],
        [(AppSettings, """
            {
              "FeatureManagement": {
                "Beta": true // the beta programme
              }
            }
            """)],
        Retired(0, "sleep-timer"), Retired(1, "sleep-timer"));

    /// <summary>A list written with a comma after its last entry keeps that style.</summary>
    [Fact]
    public Task DotnetSchema_TrailingCommaStyle_IsKept() => VerifyAsync(
        TimerTwice,
        TimerTwiceFixed,
        [(AppSettings, """
            {
              "FeatureManagement": {
                "Beta": true,
                "sleep-timer": true,
              },
            }
            """)],
        [(AppSettings, """
            {
              "FeatureManagement": {
                "Beta": true,
              },
            }
            """)],
        Retired(0, "sleep-timer"), Retired(1, "sleep-timer"));

    [Fact]
    public Task MicrosoftSchema_RolledBack_ItemLeaves_DisabledPathKept() => VerifyAsync(
        Usings + """
            public sealed class Radio
            {
                public async Task<string> StationAsync(IFeatureManager features) =>
                    await {|#0:features.IsEnabledAsync("autoplay-radio")|} ? "radio" : "queue";
            }
            """,
        Usings + """
            public sealed class Radio
            {
                public async Task<string> StationAsync(IFeatureManager features) =>
                    "queue";
            }
            """,
        [(AppSettings, """
            {
              "feature_management": {
                "feature_flags": [
                  { "id": "Beta", "enabled": true },
                  // Rolled back after the March test.
                  {
                    "id": "autoplay-radio",
                    "enabled": false,
                    "conditions": { "client_filters": [ { "name": "Microsoft.Percentage", "parameters": { "Value": 10 } } ] }
                  },
                  { "id": "dark-mode", "enabled": true } // tweak phase
                ]
              }
            }
            """)],
        [(AppSettings, """
            {
              "feature_management": {
                "feature_flags": [
                  { "id": "Beta", "enabled": true },
                  { "id": "dark-mode", "enabled": true } // tweak phase
                ]
              }
            }
            """)],
        Retired(0, "autoplay-radio"));

    /// <summary>One file with both schemas, and an overlay: every entry of the key goes, each file edited once.</summary>
    [Fact]
    public Task BothSchemasAndOverlay_EveryEntryLeaves() => VerifyAsync(
        TimerTwice,
        TimerTwiceFixed,
        [
            (AppSettings, """
                {
                  "FeatureManagement": { "sleep-timer": false, "Beta": true },
                  "feature_management": { "feature_flags": [ { "id": "sleep-timer", "enabled": true } ] }
                }
                """),
            (Production, """
                {
                  // Production turns the timer on for everyone.
                  "FeatureManagement": {
                    "sleep-timer": true
                  }
                }
                """),
        ],
        [
            (AppSettings, """
                {
                  "FeatureManagement": { "Beta": true },
                  "feature_management": { "feature_flags": [ ] }
                }
                """),
            (Production, """
                {
                  // Production turns the timer on for everyone.
                  "FeatureManagement": {
                  }
                }
                """),
        ],
        Retired(0, "sleep-timer"), Retired(1, "sleep-timer"));

    /// <summary>Microsoft.FeatureManagement finds "Sleep-Timer" for "sleep-timer": that entry is the flag's.</summary>
    [Fact]
    public Task ConfiguredInAnotherCase_EntryLeaves() => VerifyAsync(
        TimerTwice,
        TimerTwiceFixed,
        [(AppSettings, """
            {
              "FeatureManagement": {
                "SLEEP-TIMER": true,
                "Beta": true
              }
            }
            """)],
        [(AppSettings, """
            {
              "FeatureManagement": {
                "Beta": true
              }
            }
            """)],
        Retired(0, "sleep-timer"), Retired(1, "sleep-timer"));

    /// <summary>
    /// A file SpecAnalyzers does not read as flag configuration (not appsettings*.json, not marked) is not touched, nor
    /// is one it cannot read (SPEC405's): the C# rewrite still happens.
    /// </summary>
    [Fact]
    public Task UnreadOrUnreadableJson_Untouched()
    {
        const string Unmarked = """{ "FeatureManagement": { "sleep-timer": true } }""";
        const string Broken = """{ "FeatureManagement": { "sleep-timer": true, """;
        return VerifyAsync(
            TimerTwice,
            TimerTwiceFixed,
            [("/0/flags.json", Unmarked), (AppSettings, Broken)],
            [("/0/flags.json", Unmarked), (AppSettings, Broken)],
            Retired(0, "sleep-timer"), Retired(1, "sleep-timer"));
    }

    /// <summary>
    /// An evaluation the fix cannot rewrite (an unawaited task) is still there after the others are gone: the entry
    /// stays, or that call would read the flag as off.
    /// </summary>
    [Fact]
    public Task AnotherEvaluationLeft_JsonUnchanged()
    {
        const string Json = """
            {
              "FeatureManagement": {
                "sleep-timer": true
              }
            }
            """;
        return VerifyAsync(
            Usings + """
                public sealed class Player
                {
                    public async Task<int> MinutesAsync(IFeatureManager features) =>
                        await {|#0:features.IsEnabledAsync("sleep-timer")|} ? 30 : 0;

                    public Task<bool> TimerAsync(IFeatureManager features) => {|#1:features.IsEnabledAsync("sleep-timer")|};
                }
                """,
            Usings + """
                public sealed class Player
                {
                    public async Task<int> MinutesAsync(IFeatureManager features) =>
                        30;

                    public Task<bool> TimerAsync(IFeatureManager features) => {|#1:features.IsEnabledAsync("sleep-timer")|};
                }
                """,
            [(AppSettings, Json)],
            [(AppSettings, Json)],
            [Retired(0, "sleep-timer"), Retired(1, "sleep-timer")],
            [Retired(1, "sleep-timer")]);
    }

    /// <summary>
    /// A <c>static readonly</c> key (SPEC202, no SPEC203) still reads the flag after the literal evaluation goes: the
    /// entry stays, or that call would read the flag as off.
    /// </summary>
    [Fact]
    public Task StaticReadonlyKeyLeft_EntryStays() => EntryStaysBesideAsync(
        ("Settings.cs", """
            public static class Settings
            {
                public static readonly string SleepTimerKey = "sleep-timer";
            }
            """),
        ("Timer.cs", Usings + """
            public sealed class Timer
            {
                public Task<bool> OnAsync(IFeatureManager features) => features.IsEnabledAsync(Settings.SleepTimerKey);
            }
            """));

    /// <summary>A key handed through a parameter of a method nobody named as an evaluation method: the caller writes the key.</summary>
    [Fact]
    public Task ParameterKeyLeft_EntryStays() => EntryStaysBesideAsync(
        ("Flags.cs", Usings + """
            public static class Flags
            {
                public static Task<bool> IsOnAsync(IFeatureManager features, string name) => features.IsEnabledAsync(name);

                public static Task<bool> TimerAsync(IFeatureManager features) => IsOnAsync(features, "sleep-timer");
            }
            """));

    /// <summary>An interpolated key: no token writes the whole key, but a piece of it ("sleep-") could make it.</summary>
    [Fact]
    public Task InterpolatedKeyLeft_EntryStays() => EntryStaysBesideAsync(
        ("Flags.cs", Usings + """
            public static class Flags
            {
                public static Task<bool> ModeAsync(IFeatureManager features, string mode) => features.IsEnabledAsync($"sleep-{mode}");
            }
            """));

    /// <summary>Generated code is skipped by the analysis: a generated file that writes the key keeps the entry.</summary>
    [Fact]
    public Task GeneratedFileEvaluatesTheKey_EntryStays() => EntryStaysBesideAsync(
        ("Timer.g.cs", Usings + """
            public sealed class GeneratedTimer
            {
                public Task<bool> OnAsync(IFeatureManager features) => features.IsEnabledAsync("sleep-timer");
            }
            """));

    /// <summary>
    /// A key that is not a constant can only be one the project's text could make: here it is "dark-mode" or a
    /// parameter's, and no token but the spec's own writes "sleep-timer" once the fix has run, so the entry leaves.
    /// </summary>
    [Fact]
    public Task NonConstantKeyThatCannotBeThisOne_EntryLeaves() => EntryLeavesBesideAsync(
        ("Flags.cs", Usings + """
            public static class Flags
            {
                private static readonly string Theme = "dark-mode";

                public static Task<bool> ThemeAsync(IFeatureManager features) => features.IsEnabledAsync(Theme);

                public static Task<bool> IsOnAsync(IFeatureManager features, string name) => features.IsEnabledAsync(name);
            }
            """));

    /// <summary>
    /// Evaluations in two files: one fix after the other, and Fix All over each document, the project and the
    /// solution, all end with both evaluations and the entry gone.
    /// </summary>
    [Fact]
    public Task EvaluationsInTwoFiles_EntryLeavesWithTheLast()
    {
        var test = Fix.Create(TimerOnce, TimerOnceFixed);
        test.TestState.Sources.Add(("Menu.cs", Usings + """
            public sealed class Menu
            {
                public async Task<string> LabelAsync(IFeatureManager features) =>
                    await {|#1:features.IsEnabledAsync("sleep-timer")|} ? "timer" : "none";
            }
            """));
        test.FixedState.Sources.Add(("Menu.cs", Usings + """
            public sealed class Menu
            {
                public async Task<string> LabelAsync(IFeatureManager features) =>
                    "timer";
            }
            """));
        return RunAsync(
            test,
            [(AppSettings, """
                {
                  "FeatureManagement": {
                    "Beta": true,
                    "sleep-timer": true
                  }
                }
                """)],
            [(AppSettings, """
                {
                  "FeatureManagement": {
                    "Beta": true
                  }
                }
                """)],
            [Retired(0, "sleep-timer"), Retired(1, "sleep-timer")],
            []);
    }

    /// <summary>
    /// One fix at a time, as a person applies them: the first of two evaluations goes and the entry stays (the other
    /// still reads it); the second goes with the entry.
    /// </summary>
    [Fact]
    public async Task OneFixAtATime_EntryStaysUntilTheLastEvaluationGoes()
    {
        var project = (await PlayerProjectAsync(new AdhocWorkspace().CurrentSolution, """{ "FeatureManagement": { "sleep-timer": true, "Beta": true } }"""))
            .AddDocument("Menu.cs", SourceText.From(Usings + """
                public sealed class Menu
                {
                    public async Task<string> LabelAsync(IFeatureManager features) =>
                        await features.IsEnabledAsync("sleep-timer") ? "timer" : "none";
                }
                """), filePath: "Menu.cs").Project;

        var afterPlayer = await FixOneAsync(project, "Player.cs");
        var afterMenu = await FixOneAsync(afterPlayer.GetProject(project.Id)!, "Menu.cs");

        Assert.DoesNotContain("IsEnabledAsync", (await Document(afterPlayer, "Player.cs").GetTextAsync()).ToString());
        Assert.Equal("""{ "FeatureManagement": { "sleep-timer": true, "Beta": true } }""", await JsonAsync(afterPlayer));
        Assert.DoesNotContain("IsEnabledAsync", (await Document(afterMenu, "Menu.cs").GetTextAsync()).ToString());
        Assert.Equal("""{ "FeatureManagement": { "Beta": true } }""", await JsonAsync(afterMenu));
    }

    /// <summary>
    /// appsettings.json linked into a second project that evaluates the flag too: removing the last evaluation of the
    /// first project keeps the entry, which the second still reads.
    /// </summary>
    [Fact]
    public async Task ConfigurationLinkedIntoAnotherProjectThatEvaluatesIt_EntryStays()
    {
        const string Json = """{ "FeatureManagement": { "sleep-timer": true, "Beta": true } }""";
        var player = await PlayerProjectAsync(new AdhocWorkspace().CurrentSolution, Json);
        var web = player.Solution.AddProject("Web", "Web", LanguageNames.CSharp)
            .WithMetadataReferences(player.MetadataReferences)
            .AddDocument("Web.cs", SourceText.From(Usings + """
                public sealed class Web
                {
                    public Task<bool> TimerAsync(IFeatureManager features) => features.IsEnabledAsync("sleep-timer");
                }
                """), filePath: "Web.cs").Project
            .AddAdditionalDocument("appsettings.json", SourceText.From(Json), filePath: AppSettings).Project;

        var fixedPlayer = (await FixOneAsync(web.Solution.GetProject(player.Id)!, "Player.cs")).GetProject(player.Id)!;

        Assert.DoesNotContain("IsEnabledAsync", (await fixedPlayer.Documents.Single(document => document.FilePath == "Player.cs").GetTextAsync()).ToString());
        Assert.Equal(Json, (await fixedPlayer.AdditionalDocuments.Single().GetTextAsync()).ToString());
    }

    /// <summary>Only the retired keys whose evaluations all went leave; a live flag and another retired one stay.</summary>
    [Fact]
    public Task FixAll_TwoRetiredFlags_OnlyTheFullyRemovedOneLeaves() => VerifyAsync(
        Usings + """
            public sealed class Player
            {
                public async Task<int> ModeAsync(IFeatureManager features) =>
                    await {|#0:features.IsEnabledAsync("sleep-timer")|} && !await {|#1:features.IsEnabledAsync("autoplay-radio")|} ? 1 : 2;

                public Task<bool> RadioAsync(IFeatureManager features) => {|#2:features.IsEnabledAsync("autoplay-radio")|};
            }
            """,
        Usings + """
            public sealed class Player
            {
                public async Task<int> ModeAsync(IFeatureManager features) =>
                    1;

                public Task<bool> RadioAsync(IFeatureManager features) => {|#2:features.IsEnabledAsync("autoplay-radio")|};
            }
            """,
        [(AppSettings, """
            {
              "FeatureManagement": {
                "sleep-timer": true,
                "autoplay-radio": false,
                "dark-mode": true
              }
            }
            """)],
        [(AppSettings, """
            {
              "FeatureManagement": {
                "autoplay-radio": false,
                "dark-mode": true
              }
            }
            """)],
        [Retired(0, "sleep-timer"), Retired(1, "autoplay-radio"), Retired(2, "autoplay-radio")],
        [Retired(2, "autoplay-radio")]);

    /// <summary>
    /// The last literal evaluation of sleep-timer fixed beside <paramref name="others"/>, which the fix leaves as they
    /// are, the configuration kept or cleaned up, one fix at a time and through Fix All. (No other string here is part
    /// of the key: a label such as "timer" could build it, and would keep the entry while a key is not a constant.)
    /// </summary>
    private static Task EntryStaysBesideAsync(params (string Name, string Source)[] others) => VerifyBesideAsync(others, keepsEntry: true);

    private static Task EntryLeavesBesideAsync(params (string Name, string Source)[] others) => VerifyBesideAsync(others, keepsEntry: false);

    private static Task VerifyBesideAsync((string Name, string Source)[] others, bool keepsEntry)
    {
        const string Json = """
            {
              "FeatureManagement": {
                "sleep-timer": true,
                "dark-mode": true
              }
            }
            """;
        const string Cleaned = """
            {
              "FeatureManagement": {
                "dark-mode": true
              }
            }
            """;
        var test = Fix.Create(TimerOnce, TimerOnceFixed);

        // Hidden, as a severity of none would hide it: the cleanup counts the evaluation all the same.
        test.DisabledDiagnostics.Add("SPEC202");
        foreach (var other in others)
        {
            test.TestState.Sources.Add(other);
            test.FixedState.Sources.Add(other);
        }

        return RunAsync(
            test,
            [(AppSettings, Json)],
            [(AppSettings, keepsEntry ? Json : Cleaned)],
            [Retired(0, "sleep-timer")],
            []);
    }

    /// <summary>A project of <paramref name="solution"/> with the specs, Player.cs evaluating sleep-timer, and <paramref name="json"/> as its appsettings.json.</summary>
    private static async Task<Project> PlayerProjectAsync(Solution solution, string json) =>
        solution.AddProject("Player", "Player", LanguageNames.CSharp)
            .WithMetadataReferences(await FlagLibraries.ResolveAsync())
            .WithCompilationOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary))
            .AddDocument("Specs.cs", SourceText.From(FlagSpecs.Catalog), filePath: "Specs.cs").Project
            .AddDocument("Player.cs", SourceText.From(Usings + """
                public sealed class Player
                {
                    public async Task<int> MinutesAsync(IFeatureManager features) =>
                        await features.IsEnabledAsync("sleep-timer") ? 30 : 0;
                }
                """), filePath: "Player.cs").Project
            .AddAdditionalDocument("appsettings.json", SourceText.From(json), filePath: AppSettings).Project;

    /// <summary>Applies the fix offered on the SPEC203 in <paramref name="file"/>, as the IDE's light bulb does.</summary>
    private static async Task<Solution> FixOneAsync(Project project, string file)
    {
        var compilation = (await project.GetCompilationAsync())!;
        var diagnostic = Assert.Single(
            await AnalyzerRunner.GetAnalyzerDiagnosticsAsync(compilation, [new FlagEvaluationAnalyzer()], project.AnalyzerOptions),
            diagnostic => diagnostic.Id == "SPEC203" && diagnostic.Location.SourceTree!.FilePath == file);
        var actions = new List<CodeAction>();
        await new RemoveRetiredFlagCodeFix().RegisterCodeFixesAsync(
            new CodeFixContext(project.Documents.Single(document => document.FilePath == file), diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
        var operations = await Assert.Single(actions).GetOperationsAsync(CancellationToken.None);
        return Assert.Single(operations.OfType<ApplyChangesOperation>()).ChangedSolution;
    }

    private static Document Document(Solution solution, string file) =>
        solution.Projects.Single().Documents.Single(document => document.FilePath == file);

    private static async Task<string> JsonAsync(Solution solution) =>
        (await solution.Projects.Single().AdditionalDocuments.Single().GetTextAsync()).ToString();

    private static Task VerifyAsync(
        string source,
        string fixedSource,
        (string Path, string Json)[] files,
        (string Path, string Json)[] fixedFiles,
        params DiagnosticResult[] expected) =>
        VerifyAsync(source, fixedSource, files, fixedFiles, expected, []);

    private static Task VerifyAsync(
        string source,
        string fixedSource,
        (string Path, string Json)[] files,
        (string Path, string Json)[] fixedFiles,
        DiagnosticResult[] expected,
        DiagnosticResult[] remaining) =>
        RunAsync(Fix.Create(source, fixedSource), files, fixedFiles, expected, remaining);

    /// <summary>Runs <paramref name="test"/> with the configuration files before and after, and the SPEC203s left after the fix.</summary>
    private static Task RunAsync(
        CodeFixVerifier<RemoveRetiredFlagCodeFix>.Test test,
        (string Path, string Json)[] files,
        (string Path, string Json)[] fixedFiles,
        DiagnosticResult[] expected,
        DiagnosticResult[] remaining)
    {
        foreach (var file in files)
        {
            test.TestState.AdditionalFiles.Add(file);
        }

        foreach (var file in fixedFiles)
        {
            test.FixedState.AdditionalFiles.Add(file);
        }

        test.ExpectedDiagnostics.AddRange(expected);
        test.FixedState.ExpectedDiagnostics.AddRange(remaining);
        return test.RunAsync();
    }
}
