using System.Collections.Concurrent;
using SpecAnalyzers.Benchmarks.Generation;

namespace SpecAnalyzers.Benchmarks.Reporting;

/// <summary>The projects the benchmarks generated, kept for the summary printed after the run.</summary>
internal static class ProjectCatalog
{
    private static readonly ConcurrentDictionary<ProjectCase, GeneratedProject> Projects = new();

    public static void Record(ProjectCase projectCase, GeneratedProject project) => Projects[projectCase] = project;

    public static GeneratedProject? Find(ProjectCase projectCase) => Projects.GetValueOrDefault(projectCase);
}
