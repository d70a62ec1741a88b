using Microsoft.CodeAnalysis;

namespace SpecAnalyzers.Declare;

/// <summary>
/// What the command did: the action it applied (none when nothing was undeclared), the files it wrote, and the
/// undeclared keys left to a person (SPEC201 and SPEC401 after declaring).
/// </summary>
internal sealed record DeclareResult(string ProjectPath, string? ActionTitle, IReadOnlyList<WrittenFile> WrittenFiles, IReadOnlyList<Diagnostic> Left)
{
    /// <summary>One line per file written, then the total, then each key left with its diagnostic.</summary>
    public IEnumerable<string> Report()
    {
        var project = Path.GetFileName(ProjectPath);
        var directory = Path.GetDirectoryName(ProjectPath)!;
        string Relative(string path) => Path.GetRelativePath(directory, path).Replace('\\', '/');

        foreach (var file in WrittenFiles)
        {
            yield return (file.Added ? "  added   " : "  changed ") + Relative(file.Path);
        }

        var added = WrittenFiles.Where(file => file.Added).ToList();
        if (added.Count > 0)
        {
            var folders = added.Select(file => Relative(Path.GetDirectoryName(file.Path)!) + "/").Distinct().Order(StringComparer.Ordinal);
            yield return $"Declared {added.Count} spec{(added.Count == 1 ? "" : "s")} in {string.Join(", ", folders)} ({ActionTitle}); {project} unchanged.";
        }
        else
        {
            yield return Left.Count == 0
                ? $"Nothing to declare: every flag key {project} evaluates or configures has a spec."
                : "Nothing declared.";
        }

        if (Left.Count > 0)
        {
            yield return $"Left to a person: {Left.Count} undeclared key{(Left.Count == 1 ? "" : "s")} (a likely typo of a declared key, a name already taken, or a configured flag: declare or fix each in the editor):";
            foreach (var diagnostic in Left)
            {
                var span = diagnostic.Location.GetLineSpan();
                yield return $"  left    {Relative(span.Path)}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {diagnostic.Id}: {diagnostic.GetMessage()}";
            }
        }
    }
}
