using System.Collections.Immutable;

namespace SpecAnalyzers.Benchmarks.Generation;

/// <summary>One generated source file and the SpecAnalyzers diagnostics located in it.</summary>
internal sealed record GeneratedDocument(string Path, string Text, ImmutableDictionary<string, int> ExpectedDiagnostics);
