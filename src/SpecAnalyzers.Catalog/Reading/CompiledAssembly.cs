using System.Collections.Immutable;

namespace SpecAnalyzers.Catalog.Reading
{
    /// <summary>An assembly's name and its types that carry SpecAnalyzers attributes, in metadata order.</summary>
    internal sealed record CompiledAssembly(string Name, ImmutableArray<CompiledType> Types);
}
