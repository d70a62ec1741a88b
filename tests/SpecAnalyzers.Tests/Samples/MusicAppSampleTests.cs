using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace SpecAnalyzers.Tests.Samples;

/// <summary>
/// The MusicApp sample (its committed copy in Fixtures/MusicApp), analysed as its build analyses it (its owners
/// registry, its appsettings.json and pinned reference date included): the complete specs meet no rule at all, not
/// even an info, the hollow ones show every validity and rigor rule, and its configuration shows the SPEC4xx rules.
/// </summary>
public sealed class MusicAppSampleTests
{
    private static readonly string SampleDirectory = Fixtures.MusicApp;

    private static readonly Lazy<Task<ImmutableArray<Diagnostic>>> Diagnostics = new(AnalyzeSampleAsync);

    [Theory]
    [InlineData("Specs/LyricsCardShare.cs")]
    [InlineData("Specs/OfflineLyrics.cs")]
    [InlineData("Specs/OfflineLyrics.Download.cs")]
    [InlineData("Specs/SmartShuffle.cs")]
    [InlineData("Goals.cs")]
    [InlineData("Metrics.cs")]
    [InlineData("Web/LyricsController.cs")]
    public async Task CompleteSpecsAndTheirMetricsAndGoals_MeetNoRule(string file)
    {
        var diagnostics = await Diagnostics.Value;

        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Location.SourceTree?.FilePath == Path.Combine(SampleDirectory, file));
    }

    [Theory]
    [InlineData("SPEC101")]
    [InlineData("SPEC102")]
    [InlineData("SPEC103")]
    [InlineData("SPEC104")]
    [InlineData("SPEC105")]
    [InlineData("SPEC106")]
    [InlineData("SPEC107")]
    [InlineData("SPEC108")]
    [InlineData("SPEC301")]
    [InlineData("SPEC302")]
    [InlineData("SPEC303")]
    [InlineData("SPEC304")]
    [InlineData("SPEC307")]
    public async Task HollowSpecs_ShowEveryRule(string ruleId)
    {
        var diagnostics = await Diagnostics.Value;

        Assert.Contains(diagnostics, diagnostic => diagnostic.Id == ruleId);
    }

    [Theory]
    [InlineData("Specs/LyricsCardThemes.cs", "Experiment 'lyrics-card-themes' (LyricsCardThemes) needs 57,760 users in the treatment, for 'lyrics.card_share_rate': 2 days at 50% of 80,000 eligible users a day")]
    [InlineData("Specs/LyricsCardStickers.cs", "Experiment 'lyrics-card-stickers' (LyricsCardStickers) needs 30,992 users in the treatment, for 'lyrics.card_share_rate': 8 days at 5% of 80,000 eligible users a day")]
    public async Task SizedExperiments_SayWhatTheyNeed(string file, string message)
    {
        var diagnostics = await Diagnostics.Value;

        var diagnostic = Assert.Single(diagnostics, diagnostic => diagnostic.Id == "SPEC305" && diagnostic.Location.SourceTree?.FilePath == Path.Combine(SampleDirectory, file));
        Assert.Equal(message, diagnostic.GetMessage());
    }

    [Fact]
    public async Task ExperimentThatCannotFinishBeforeItsReview_OnlyOneFlagged()
    {
        var diagnostics = await Diagnostics.Value;

        var diagnostic = Assert.Single(diagnostics, diagnostic => diagnostic.Id == "SPEC306");
        Assert.Equal(Path.Combine(SampleDirectory, "Specs", "LyricsCardStickers.cs"), diagnostic.Location.SourceTree?.FilePath);
        Assert.Equal(
            "Experiment 'lyrics-card-stickers' (LyricsCardStickers) needs 30,992 users in the treatment, 8 days at 5%, but its window is 5 days (2026-11-01 to 2026-11-06): raise RolloutPercent to 8% (5 days)",
            diagnostic.GetMessage());
    }

    [Theory]
    [InlineData("SPEC201", "lyrics-crad-share")]
    [InlineData("SPEC203", "smart-shuffle")]
    public async Task FlagEvaluations_ShowTypoAndRetiredFlag(string ruleId, string key)
    {
        var diagnostics = await Diagnostics.Value;

        var diagnostic = Assert.Single(diagnostics, diagnostic => diagnostic.Id == ruleId);
        Assert.Equal(Path.Combine(SampleDirectory, "Playback", "PlaybackService.cs"), diagnostic.Location.SourceTree?.FilePath);
        Assert.Contains("'" + key + "'", diagnostic.GetMessage());
    }

    [Theory]
    [InlineData("SPEC401", "appsettings.json", "Flag 'sleep-timers' is configured in appsettings.json but no spec declares it: did you mean 'sleep-timer'?")]
    [InlineData("SPEC402", "Specs/SleepTimer.cs", "no flag configuration declares 'sleep-timer' (appsettings.json): the flag is always off")]
    [InlineData("SPEC403", "Specs/HomeShelves.cs", "RolloutPercent is 150 but appsettings.json(20,100) rolls out 50%")]
    [InlineData("SPEC404", "appsettings.json", "Feature flag 'legacy-equalizer' (LegacyEqualizer) is retired but flag 'legacy-equalizer' is still configured")]
    public async Task Configuration_ShowsTheConfigurationRules(string ruleId, string file, string message)
    {
        var diagnostics = await Diagnostics.Value;

        var diagnostic = Assert.Single(diagnostics, diagnostic => diagnostic.Id == ruleId);
        Assert.Equal(Path.Combine(SampleDirectory, file), diagnostic.Location.GetLineSpan().Path);
        Assert.Contains(message, diagnostic.GetMessage());
    }

    [Fact]
    public async Task Configuration_IsReadable_AndTheCompleteExperimentMatchesIt()
    {
        var diagnostics = await Diagnostics.Value;

        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == "SPEC405");
        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.GetMessage().Contains("lyrics-card-share", StringComparison.Ordinal) && diagnostic.Id.StartsWith("SPEC4", StringComparison.Ordinal));
    }

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeSampleAsync()
    {
        var sources = Directory.GetFiles(SampleDirectory, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), path: path))
            .Append(CSharpSyntaxTree.ParseText(
                "global using System; global using System.Collections.Generic; global using System.Linq; global using System.Threading.Tasks;",
                path: "GlobalUsings.g.cs"));

        // The sample evaluates its flags through Microsoft.FeatureManagement and its ASP.NET Core package.
        var references = await FlagLibraries.ResolveAsync();
        var compilation = CSharpCompilation.Create("MusicApp", sources, references, new CSharpCompilationOptions(OutputKind.ConsoleApplication));
        Assert.Empty(compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error));

        // As the package adds them: the owners registry the project lists, and appsettings.json by itself.
        var owners = new FileText(Path.Combine(SampleDirectory, "owners.txt"));
        var appSettings = new FileText(Path.Combine(SampleDirectory, "appsettings.json"));
        var options = new AnalyzerOptions([owners, appSettings], new GlobalOptionsProvider(ReadSampleEditorConfig()));
        return await AnalyzerRunner.GetAnalyzerDiagnosticsAsync(compilation, AnalyzerRunner.AllAnalyzers, options);
    }

    /// <summary>The <c>key = value</c> lines of the sample's .editorconfig (it has one section, for every C# file).</summary>
    private static Dictionary<string, string> ReadSampleEditorConfig() =>
        File.ReadAllLines(Path.Combine(SampleDirectory, ".editorconfig"))
            .Where(line => line.Contains('=') && !line.TrimStart().StartsWith('#'))
            .Select(line => line.Split('=', 2))
            .ToDictionary(pair => pair[0].Trim(), pair => pair[1].Trim());

    private sealed class FileText(string path) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(File.ReadAllText(Path));
    }

    /// <summary>Gives every file the same options, as the sample's one-section .editorconfig does.</summary>
    private sealed class GlobalOptionsProvider(Dictionary<string, string> values) : AnalyzerConfigOptionsProvider
    {
        private readonly Options _options = new(values);

        public override AnalyzerConfigOptions GlobalOptions => _options;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _options;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _options;

        private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }
}
