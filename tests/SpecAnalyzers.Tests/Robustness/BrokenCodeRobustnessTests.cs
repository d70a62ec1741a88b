using System.Diagnostics;
using Xunit.Abstractions;

namespace SpecAnalyzers.Tests.Robustness;

/// <summary>
/// Code being typed is broken most of the time. Every source of the corpus, cut short after sampled tokens and
/// with seeded single-token deletions, runs through every analyzer and every code fix: no exception, ever.
/// </summary>
public sealed class BrokenCodeRobustnessTests(ITestOutputHelper output)
{
    private const int CutBudget = 2_200;
    private const int MinimumCuts = 2_000;
    private const int Deletions = 1_000;
    private const int DeletionSeed = 6;
    private const int FixEvery = 3;

    [Fact]
    public async Task CutsAndDeletions_NoAnalyzerOrFixThrows()
    {
        var stopwatch = Stopwatch.StartNew();
        var corpus = RobustnessCorpus.Load();
        var cuts = SourceMutations.Cuts(corpus, CutBudget).ToList();
        var deletions = SourceMutations.Deletions(corpus, Deletions, DeletionSeed).ToList();
        var harness = await RobustnessHarness.CreateAsync(AnalyzerRunner.AllAnalyzers, CodeFixRunner.AllFixers);

        var report = await harness.RunAsync([.. cuts, .. deletions], FixEvery);

        output.WriteLine(
            $"{corpus.Length} corpus projects ({corpus.Sum(project => project.Files.Length)} files): {cuts.Count} cuts + {deletions.Count} deletions = " +
            $"{report.Inputs} inputs through {AnalyzerRunner.AllAnalyzers.Length} analyzers ({report.Diagnostics} diagnostics) and " +
            $"{CodeFixRunner.AllFixers.Length} code fix providers ({report.FixActionsApplied} fix actions applied) in {stopwatch.Elapsed.TotalSeconds:N1} s.");
        Assert.True(cuts.Count >= MinimumCuts, $"Only {cuts.Count} cuts.");
        Assert.Equal(Deletions, deletions.Count);
        Assert.True(report.Diagnostics > report.Inputs, "The analyzers reported almost nothing: the inputs are not reaching them.");
        Assert.True(report.Failures.IsEmpty, $"{report.Failures.Length} inputs broke an analyzer or a fix; the first:{Environment.NewLine}{string.Join(Environment.NewLine, report.Failures.Take(3))}");
    }

    [Fact]
    public void Corpus_CoversSamplesValidCodeAndTestFixtures()
    {
        var names = RobustnessCorpus.Load().Select(project => project.Name).ToList();

        Assert.Contains("samples/MusicApp", names);
        Assert.Contains("tests/SpecAnalyzers.ValidCode", names);
        Assert.Contains(names, name => name.Contains("fixture", StringComparison.Ordinal));
    }
}
