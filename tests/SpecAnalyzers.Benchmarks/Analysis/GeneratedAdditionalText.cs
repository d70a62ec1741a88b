using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SpecAnalyzers.Benchmarks.Analysis;

/// <summary>A generated AdditionalFile as the compiler hands one to analyzers: a path and its text.</summary>
internal sealed class GeneratedAdditionalText(string path, SourceText text) : AdditionalText
{
    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => text;
}
