extern alias catalog;

using Microsoft.CodeAnalysis;
using catalog::SpecAnalyzers.Catalog.Reading;

namespace SpecAnalyzers.Tests.Catalogs;

/// <summary>
/// The catalog reads spec_analyzers.* options as the compiler does: checked against Roslyn's own AnalyzerConfigSet
/// for the same files, over the glob forms, nested files, root = true and global configs.
/// </summary>
public sealed class AnalyzerConfigReaderTests
{
    [Fact]
    public void ReadsTheSameOptionsAsRoslyn()
    {
        using var product = new CompiledProduct();
        var files = new List<string>
        {
            // Above the root: never read.
            product.Write(".editorconfig", "[*.cs]\nspec_analyzers.power = 0.6\n"),
            product.Write("repo/.editorconfig", """
                root = true
                # Later sections win over earlier ones.
                [*]
                spec_analyzers.alpha = 0.01
                [*.{cs,vb}]
                spec_analyzers.alpha = 0.02
                [Specs/*.cs]
                spec_analyzers.alpha = 0.03
                [/Specs/**/Deep*.cs]
                spec_analyzers.alpha = 0.04
                [Spe?s/Odd/**.cs]
                spec_analyzers.alpha = 0.05
                [[Ll]ib/**.cs]
                spec_analyzers.alpha = 0.06
                [File{1..3}.cs]
                spec_analyzers.alpha = 0.07
                [[!F]ile.cs]
                spec_analyzers.alpha = 0.08
                [**/Spaced/*.cs]
                spec_analyzers.alpha = 0.09 ; trailing comment
                """),
            product.Write("repo/Specs/Near/.editorconfig", "[*.cs]\nspec_analyzers.alpha = 0.11\nspec_analyzers.eligible_users_per_day = 1_000\n"),
            product.Write("repo/team.globalconfig", "is_global = true\nspec_analyzers.power = 0.95\nspec_analyzers.alpha = 0.2\n"),
        };
        string[] paths =
        [
            "repo/Program.cs", "repo/Program.vb", "repo/Readme.md", "repo/Specs/Card.cs", "repo/Specs/A/B/DeepCard.cs", "repo/Specs/A/Card.cs",
            "repo/Specs/Odd/Card.cs", "repo/Spems/Odd/X/Card.cs", "repo/Lib/X.cs", "repo/lib/Y/X.cs", "repo/File2.cs", "repo/File4.cs",
            "repo/x/File3.cs", "repo/Mile.cs", "repo/File.cs", "repo/A/Spaced/X.cs", "repo/Specs/Near/Card.cs", "repo/Specs/Near/Deeper/DeepX.cs",
        ];
        var reader = new AnalyzerConfigReader([files[3]], (path, exception) => throw new InvalidOperationException(path, exception));
        var roslyn = AnalyzerConfigSet.Create(files.Select(file => AnalyzerConfig.Parse(File.ReadAllText(file), file)).ToList());

        var seen = new HashSet<(double, double, double?)>();
        foreach (var path in paths.Select(path => Path.Combine(product.Folder, path)))
        {
            var expected = roslyn.GetOptionsForSourcePath(path).AnalyzerOptions;
            var actual = reader.PowerOptionsFor(path);
            var expectedOptions = catalog::SpecAnalyzers.Options.PowerOptions.Parse(
                expected.GetValueOrDefault("spec_analyzers.alpha"),
                expected.GetValueOrDefault("spec_analyzers.power"),
                expected.GetValueOrDefault("spec_analyzers.eligible_users_per_day"));
            Assert.True(expectedOptions == actual, path + ": Roslyn " + expectedOptions + ", catalog " + actual);
            seen.Add((actual.Alpha, actual.Power, actual.EligibleUsersPerDay));
        }

        // The paths reach most sections: the comparison is not between defaults.
        Assert.True(seen.Count >= 8, string.Join(", ", seen));
    }

    [Fact]
    public void GlobalConfigFileName_WithoutIsGlobal_IsReadAsGlobal_AsRoslynDoes()
    {
        using var product = new CompiledProduct();
        var files = new List<string>
        {
            product.Write("repo/.editorconfig", "root = true\n[*.cs]\nspec_analyzers.alpha = 0.02\n"),
            product.Write("repo/.globalconfig", "spec_analyzers.power = 0.9\nspec_analyzers.eligible_users_per_day = 5000\n"),
        };
        var reader = new AnalyzerConfigReader([files[1]], (path, exception) => throw new InvalidOperationException(path, exception));
        var roslyn = AnalyzerConfigSet.Create(files.Select(file => AnalyzerConfig.Parse(File.ReadAllText(file), file)).ToList());
        var source = Path.Combine(product.Folder, "repo/Specs/Card.cs");

        var expected = roslyn.GetOptionsForSourcePath(source).AnalyzerOptions;
        var actual = reader.PowerOptionsFor(source);

        Assert.Equal("0.9", expected.GetValueOrDefault("spec_analyzers.power"));
        Assert.Equal(0.9, actual.Power);
        Assert.Equal(5000, actual.EligibleUsersPerDay);
        Assert.Equal(0.02, actual.Alpha);
    }

    [Fact]
    public void UnreadableGlobs_AndBrokenLines_AreSkipped_NeverThrow()
    {
        using var product = new CompiledProduct();
        product.Write(".editorconfig", "root = true\n[*.cs\nspec_analyzers.alpha = 0.02\n[{a,b]\nspec_analyzers.alpha = 0.03\n[[x]\n= 0.4\nnot a line\n");
        var reader = new AnalyzerConfigReader([], (path, exception) => throw new InvalidOperationException(path, exception));

        var options = reader.PowerOptionsFor(Path.Combine(product.Folder, "a.cs"));

        Assert.Equal(0.05, options.Alpha);
    }
}
