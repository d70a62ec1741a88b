using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SpecAnalyzers.Tests.Evaluations;

/// <summary>
/// While a user types, the IDE analyses compilation after compilation over the same syntax trees but the one edited,
/// and SpecAnalyzers keeps what it reads of each tree's syntax. An edit must still change what every call site sees,
/// in the edited file and through it in files that were not edited.
/// </summary>
public sealed class EditedCompilationTests
{
    private const string Evaluation = """
        using System.Threading.Tasks;
        using Microsoft.FeatureManagement;

        public sealed class Player
        {
            public Task<bool> M(IFeatureManager features) => features.IsEnabledAsync("sleep-timer");
        }
        """;

    private const string RetiredSpec = """
        using SpecAnalyzers;

        [FeatureFlag(FlagKeys.SleepTimer, Phase = Phase.Retired, Outcome = Outcome.Shipped)]
        public sealed class SleepTimer { }
        """;

    private static string FlagKeys(string sleepTimer) => $$"""
        public static class FlagKeys
        {
            public const string SleepTimer = "{{sleepTimer}}";
        }
        """;

    [Fact]
    public async Task SpecKeyEdited_CallSiteSeesTheNewKey()
    {
        var before = await FlagCompilations.CreateAsync(Evaluation, RetiredSpec, FlagKeys("sleep-timer"));
        Assert.Equal(["SPEC203"], await RuleIdsAsync(before));

        var after = Edit(before, "File1.cs", RetiredSpec.Replace("FlagKeys.SleepTimer", "\"sleep-timers\"", StringComparison.Ordinal));

        Assert.Equal(["SPEC201"], await RuleIdsAsync(after));
    }

    [Fact]
    public async Task ConstantEditedInAnotherFile_UneditedSpecTakesTheNewKey()
    {
        var before = await FlagCompilations.CreateAsync(Evaluation, RetiredSpec, FlagKeys("sleep-timer"));
        Assert.Equal(["SPEC203"], await RuleIdsAsync(before));

        var after = Edit(before, "File2.cs", FlagKeys("sleep-timers"));

        Assert.Equal(["SPEC201"], await RuleIdsAsync(after));
    }

    [Fact]
    public async Task AliasAddedInANewFile_UneditedAliasedSpecFound()
    {
        const string aliasedSpec = """
            using SpecAnalyzers;

            [Toggle("sleep-timer", Phase = Phase.Retired, Outcome = Outcome.Shipped)]
            public sealed class SleepTimer { }
            """;
        var before = await FlagCompilations.CreateAsync(Evaluation, aliasedSpec);
        Assert.Equal(["SPEC201"], await RuleIdsAsync(before));

        var after = before.AddSyntaxTrees(CSharpSyntaxTree.ParseText(
            "global using Toggle = SpecAnalyzers.FeatureFlagAttribute;", path: "Aliases.cs"));

        Assert.Equal(["SPEC203"], await RuleIdsAsync(after));
    }

    private static Compilation Edit(Compilation compilation, string path, string text)
    {
        var tree = compilation.SyntaxTrees.Single(candidate => candidate.FilePath == path);
        return compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(text)));
    }

    private static async Task<string[]> RuleIdsAsync(Compilation compilation) =>
        [.. (await FlagCompilations.AnalyzeAsync(compilation)).Select(diagnostic => diagnostic.Id).Where(id => id.StartsWith("SPEC", StringComparison.Ordinal))];
}
