using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SpecAnalyzers.Tests.Configuration;

/// <summary>An AdditionalFile held in memory; one <see cref="SourceText"/> per instance, as a host hands out while a file is unchanged.</summary>
internal sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
