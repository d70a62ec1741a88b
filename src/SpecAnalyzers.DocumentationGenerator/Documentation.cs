using System.Collections.Immutable;

namespace SpecAnalyzers.DocumentationGenerator;

/// <summary>Every file the descriptors write, and which of them differ from the checkout.</summary>
public static class Documentation
{
    /// <summary>The command that rewrites the generated files; drift messages name it.</summary>
    public const string RegenerateCommand = "dotnet run --project src/SpecAnalyzers.DocumentationGenerator";

    public static ImmutableArray<GeneratedFile> Generate(string repositoryRoot)
    {
        var rules = RuleCatalogReader.Read();
        var files = ImmutableArray.CreateBuilder<GeneratedFile>();
        files.Add(new GeneratedFile(ReadmeRuleTable.Path, ReadmeRuleTable.Update(Read(repositoryRoot, ReadmeRuleTable.Path), rules)));
        files.AddRange(SeverityPresets.Render(rules));
        foreach (var rule in rules)
        {
            var page = FullPath(repositoryRoot, rule.PagePath);
            if (!File.Exists(page))
            {
                throw new InvalidOperationException($"{rule.PagePath} is missing: write its body (## Cause, ## Why it matters, ## How to fix, ## Examples), then run {RegenerateCommand}.");
            }

            files.Add(new GeneratedFile(rule.PagePath, RulePageHeader.Update(Read(repositoryRoot, rule.PagePath), rule)));
        }

        return files.ToImmutable();
    }

    /// <summary>The generated files whose text in the checkout differs from what the descriptors say.</summary>
    public static ImmutableArray<string> FindDrift(string repositoryRoot) =>
        Generate(repositoryRoot)
            .Where(file => !File.Exists(FullPath(repositoryRoot, file.RelativePath)) || Read(repositoryRoot, file.RelativePath) != file.Text)
            .Select(file => file.RelativePath)
            .ToImmutableArray();

    public static void Write(string repositoryRoot, IEnumerable<GeneratedFile> files)
    {
        foreach (var file in files)
        {
            File.WriteAllText(FullPath(repositoryRoot, file.RelativePath), file.Text);
        }
    }

    private static string Read(string repositoryRoot, string relativePath) =>
        File.ReadAllText(FullPath(repositoryRoot, relativePath)).ReplaceLineEndings("\n");

    private static string FullPath(string repositoryRoot, string relativePath) =>
        Path.Combine(repositoryRoot, relativePath.Replace('/', Path.DirectorySeparatorChar));
}
