using System.Collections.Immutable;

namespace SpecAnalyzers.Tests.Robustness;

/// <summary>One broken variant of a corpus project: which file was broken how, and the files to compile.</summary>
internal sealed record RobustnessInput(string Description, ImmutableArray<(string Path, string Text)> Files);
