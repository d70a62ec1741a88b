using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SpecAnalyzers.Tests.Robustness;

/// <summary>
/// The code the robustness test breaks: the sample product and the valid-code project (read from the checkout,
/// every file, so partial specs keep their other halves), every spec fixture the tests write as a raw string
/// literal (so fixtures other tests add are covered too), and a few sources of shapes the fixtures lack.
/// </summary>
internal static partial class RobustnessCorpus
{
    /// <summary>
    /// Fixtures evaluate flags through the Microsoft.FeatureManagement API; declared here under its real name so
    /// that call-site rules run on the broken code too.
    /// </summary>
    public const string FeatureManagement = """
        namespace Microsoft.FeatureManagement
        {
            public interface IFeatureManager
            {
                System.Threading.Tasks.Task<bool> IsEnabledAsync(string feature);
            }
        }
        """;

    private const string CallSites = """
        using System.Threading.Tasks;
        using Microsoft.FeatureManagement;
        using SpecAnalyzers;

        namespace Music
        {
            [Metric("lyrics.share_rate", Direction = MetricDirection.Increase, Unit = "shares per listener-day")]
            public sealed class LyricsShareRate { }

            [Goal("Grow social discovery of music", KeyResult = "+5% weekly shares by 2027-03-31")]
            public sealed class SocialDiscovery { }

            [Experiment(Key, Phase = Phase.Retired, Outcome = Outcome.Shipped, RolloutPercent = 100, RemoveBy = "2027-01-01")]
            [Owner("lyrics-squad")]
            [Hypothesis("We believe lyric cards will raise shares because 12% of lyric views end in a screenshot", Goal = typeof(SocialDiscovery))]
            [SuccessMetric(typeof(LyricsShareRate), MinimumDetectableEffect = 0.02)]
            [GuardrailMetric(typeof(LyricsShareRate), NonInferiorityMargin = -1)]
            [TweakPlan("TODO", ReviewBy = "2027-02-30")]
            public sealed partial class LyricsCardShare
            {
                public const string Key = "lyrics-card-share";
            }

            public sealed class Player
            {
                private static readonly string Dynamic = "lyrics-" + "card-share";

                public async Task<int> PlayAsync(IFeatureManager features)
                {
                    if (await features.IsEnabledAsync(LyricsCardShare.Key) && !await features.IsEnabledAsync("lyrics-crad-share"))
                    {
                        return 1;
                    }

                    return await features.IsEnabledAsync(Dynamic) ? 2 : features.IsEnabledAsync(nameof(Player)).Result ? 3 : 4;
                }
            }
        }
        """;

    private const string OddShapes = """
        using SpecAnalyzers;
        using X = SpecAnalyzers.ExperimentAttribute;

        [assembly: Owner("nobody")]

        namespace Music.Odd
        {
            [X("Bad Key!", Phase = (Phase)42, RolloutPercent = 250, Outcome = (Outcome)9)]
            [Owner(null)]
            [Owner("")]
            [Hypothesis("   ", Goal = typeof(int))]
            [SuccessMetric(typeof(string), MinimumDetectableEffect = double.NaN)]
            [SuccessMetric(null)]
            [GuardrailMetric(typeof(System.Collections.Generic.List<>), NonInferiorityMargin = 1e308)]
            [TweakPlan("TBD", ReviewBy = "tomorrow")]
            public partial record struct Weird<T>(T Value) where T : struct;

            [Metric("Not.A-Metric")]
            [Goal("")]
            [FeatureFlag("offline-lyrics"), FeatureFlag("offline-lyrics")]
            public interface INotAClass { }

            public static class Outer
            {
                [FeatureFlag("nested-" + nameof(Inner))]
                private enum Inner { A }

                [Owner("orphan")]
                public delegate void Orphan();
            }
        }
        """;

    /// <summary>Every project of the corpus: a name and its files (path, text).</summary>
    public static ImmutableArray<CorpusProject> Load()
    {
        var projects = ImmutableArray.CreateBuilder<CorpusProject>();
        // The sample's committed copy: README's format step edits samples/MusicApp itself.
        projects.Add(FromDirectory("samples/MusicApp", Fixtures.MusicApp));
        projects.Add(FromDirectory("tests/SpecAnalyzers.ValidCode", Path.Combine(RepositoryRoot.Path, "tests", "SpecAnalyzers.ValidCode")));
        projects.Add(new CorpusProject("call sites", [("CallSites.cs", CallSites), ("FeatureManagement.cs", FeatureManagement)]));
        projects.Add(new CorpusProject("odd shapes", [("OddShapes.cs", OddShapes)]));
        projects.AddRange(TestFixtures());
        return projects.ToImmutable();
    }

    private static CorpusProject FromDirectory(string name, string root)
    {
        var files = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(path => !IsBuildOutput(Path.GetRelativePath(root, path)))
            .Order(StringComparer.Ordinal)
            .Select(path => (Path.GetRelativePath(root, path), File.ReadAllText(path)))
            .ToImmutableArray();
        if (files.IsEmpty)
        {
            throw new InvalidOperationException($"No sources under {root}.");
        }

        return new CorpusProject(name, [.. files, ("FeatureManagement.cs", FeatureManagement)]);
    }

    /// <summary>Each raw string literal of the tests that uses the annotations, with its test markup removed.</summary>
    private static IEnumerable<CorpusProject> TestFixtures()
    {
        var root = Path.Combine(RepositoryRoot.Path, "tests", "SpecAnalyzers.Tests");
        foreach (var path in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(root, path);
            if (IsBuildOutput(relative) || relative.StartsWith("Robustness", StringComparison.Ordinal) || relative.StartsWith("Fixtures", StringComparison.Ordinal))
            {
                continue;
            }

            var fixtures = CSharpSyntaxTree.ParseText(File.ReadAllText(path)).GetRoot()
                .DescendantNodes()
                .Select(RawStringText)
                .Where(text => text is not null && text.Contains("SpecAnalyzers", StringComparison.Ordinal));
            var index = 0;
            foreach (var fixture in fixtures)
            {
                yield return new CorpusProject($"{relative} fixture {index++}", [("Fixture.cs", Markup().Replace(fixture!, ""))]);
            }
        }
    }

    /// <summary>
    /// The text of a multi-line raw string; an interpolated one with its holes left empty (they insert spec parts
    /// or whole declarations, so what remains is still a spec, with parts missing).
    /// </summary>
    private static string? RawStringText(SyntaxNode node) => node switch
    {
        LiteralExpressionSyntax literal when literal.Token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken) => literal.Token.ValueText,
        InterpolatedStringExpressionSyntax interpolated when interpolated.StringStartToken.IsKind(SyntaxKind.InterpolatedMultiLineRawStringStartToken) =>
            string.Concat(interpolated.Contents.OfType<InterpolatedStringTextSyntax>().Select(text => text.TextToken.ValueText)),
        _ => null,
    };

    private static bool IsBuildOutput(string relativePath) =>
        relativePath.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj");

    /// <summary>The Microsoft.CodeAnalysis.Testing markup: <c>{|#0:</c>, <c>{|ID:</c>, <c>|}</c>, <c>[|</c>, <c>|]</c>, <c>$$</c>.</summary>
    [GeneratedRegex(@"\{\|[^:|{}]*:|\|\}|\[\||\|\]|\$\$")]
    private static partial Regex Markup();
}
