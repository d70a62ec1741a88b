using System.Collections.Immutable;

namespace SpecAnalyzers.Tests.Robustness;

/// <summary>Sources compiled together: a sample project, or one test fixture.</summary>
internal sealed record CorpusProject(string Name, ImmutableArray<(string Path, string Text)> Files);
