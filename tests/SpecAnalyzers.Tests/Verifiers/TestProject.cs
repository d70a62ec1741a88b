using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace SpecAnalyzers.Tests.Verifiers;

/// <summary>A workspace project over the test references, for tests that drive fix internals the way the IDE does.</summary>
internal static class TestProject
{
    /// <summary>One document per source, named <c>File{i}.cs</c>.</summary>
    public static async Task<Project> CreateAsync(params string[] sources)
    {
        var references = (await TestReferences.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None)).Add(TestReferences.Annotations);
        var project = new AdhocWorkspace().AddProject("Test", LanguageNames.CSharp)
            .WithMetadataReferences(references)
            .WithCompilationOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        for (var i = 0; i < sources.Length; i++)
        {
            project = project.AddDocument($"File{i}.cs", SourceText.From(sources[i]), filePath: $"File{i}.cs").Project;
        }

        return project;
    }
}
