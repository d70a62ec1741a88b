using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SpecAnalyzers.Tests.Robustness;

/// <summary>
/// Breaks code the way typing does, deterministically: a file cut short after a token (the user is still
/// typing) and a file with one token missing (a deleted bracket, comma, name or keyword). The rest of the
/// project stays as it is.
/// </summary>
internal static class SourceMutations
{
    /// <summary>
    /// Cuts after tokens of every file of every project: at every token boundary when there are at most
    /// <paramref name="budget"/>, else at <paramref name="budget"/> boundaries spread evenly over all of them.
    /// </summary>
    public static IEnumerable<RobustnessInput> Cuts(ImmutableArray<CorpusProject> projects, int budget)
    {
        var files = AllFiles(projects).ToList();
        long boundaries = files.Sum(file => file.Tokens.Length);
        var position = 0L;
        foreach (var file in files)
        {
            for (var index = 0; index < file.Tokens.Length; index++, position++)
            {
                // Boundary p is cut when it starts a new one of `budget` equal slices of all boundaries.
                if (boundaries <= budget || position * budget / boundaries != (position - 1) * budget / boundaries || position == 0)
                {
                    var end = file.Tokens[index].Span.End;
                    yield return file.Replace($"cut after token {index} (offset {end})", file.Text[..end]);
                }
            }
        }
    }

    /// <summary><paramref name="count"/> single-token deletions at seeded random places, files weighted by size.</summary>
    public static IEnumerable<RobustnessInput> Deletions(ImmutableArray<CorpusProject> projects, int count, int seed)
    {
        var files = AllFiles(projects).Where(file => file.Tokens.Length > 0).ToList();
        var boundaries = files.Sum(file => file.Tokens.Length);
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var position = random.Next(boundaries);
            var file = files.First(candidate => (position -= candidate.Tokens.Length) < 0);
            var index = random.Next(file.Tokens.Length);
            var span = file.Tokens[index].Span;
            yield return file.Replace($"token {index} '{file.Tokens[index].Text}' deleted", file.Text.Remove(span.Start, span.Length));
        }
    }

    private static IEnumerable<CorpusFile> AllFiles(ImmutableArray<CorpusProject> projects) =>
        projects.SelectMany(project => project.Files.Select((file, index) => new CorpusFile(
            project,
            index,
            file.Text,
            [.. CSharpSyntaxTree.ParseText(file.Text).GetRoot().DescendantTokens().Where(token => !token.IsKind(SyntaxKind.EndOfFileToken))])));

    private sealed record CorpusFile(CorpusProject Project, int Index, string Text, ImmutableArray<SyntaxToken> Tokens)
    {
        public RobustnessInput Replace(string change, string newText) => new(
            $"{Project.Name}/{Project.Files[Index].Path}: {change}",
            Project.Files.SetItem(Index, (Project.Files[Index].Path, newText)));
    }
}
