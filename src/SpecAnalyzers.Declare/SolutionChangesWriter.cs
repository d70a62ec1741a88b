using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SpecAnalyzers.Declare;

/// <summary>
/// Saves what a code action changed as an editor of an SDK-style project saves it: every added and changed document
/// (source or additional file) written to its path, the project file never touched, since its globs include a new
/// file. <c>MSBuildWorkspace.TryApplyChanges</c> would add a Compile item per new file, which an SDK-style build then
/// rejects (NETSDK1022).
/// </summary>
internal static class SolutionChangesWriter
{
    private static readonly Encoding Utf8WithoutBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes the changes; returns each file written, by path. Writes nothing if an added file already exists.</summary>
    public static async Task<IReadOnlyList<WrittenFile>> WriteAsync(Solution original, Solution changed, CancellationToken cancellationToken)
    {
        var files = new List<(TextDocument Document, bool Added)>();
        foreach (var projectChanges in changed.GetChanges(original).GetProjectChanges())
        {
            var project = projectChanges.NewProject;
            files.AddRange(projectChanges.GetAddedDocuments().Select(id => ((TextDocument)project.GetDocument(id)!, true)));
            files.AddRange(projectChanges.GetAddedAdditionalDocuments().Select(id => (project.GetAdditionalDocument(id)!, true)));
            files.AddRange(projectChanges.GetChangedDocuments(onlyGetDocumentsWithTextChanges: true).Select(id => ((TextDocument)project.GetDocument(id)!, false)));
            files.AddRange(projectChanges.GetChangedAdditionalDocuments().Select(id => (project.GetAdditionalDocument(id)!, false)));
        }

        var paths = files.Select(file => file.Document.FilePath ?? throw new DeclareException(file.Document.Name + " has no path")).ToList();
        if (files.Zip(paths).FirstOrDefault(pair => pair.First.Added && File.Exists(pair.Second)).Second is { } taken)
        {
            throw new DeclareException($"{taken} already exists but is not part of the project: move it away and run again; nothing was written");
        }

        var written = new List<WrittenFile>();
        foreach (var ((document, added), path) in files.Zip(paths))
        {
            var text = await document.GetTextAsync(cancellationToken);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllTextAsync(path, text.ToString(), text.Encoding ?? Utf8WithoutBom, cancellationToken);
            written.Add(new WrittenFile(path, added));
        }

        return written.OrderBy(file => file.Path, StringComparer.Ordinal).ToList();
    }
}

/// <summary>A file the command wrote: <paramref name="Added"/> when it is new, else changed.</summary>
internal sealed record WrittenFile(string Path, bool Added);
