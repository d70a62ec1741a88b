using System.Collections.Immutable;
using System.Linq;
using SpecAnalyzers.Catalog.Model;

namespace SpecAnalyzers.Catalog.Reading
{
    /// <summary>A type of a compiled assembly that carries SpecAnalyzers attributes, and where it is declared.</summary>
    internal sealed record CompiledType(
        string TypeName,
        string Assembly,
        ImmutableArray<WrittenAttribute> Attributes,
        SourceLocation? Source)
    {
        public WrittenAttribute? Find(string attributeName) =>
            Attributes.FirstOrDefault(attribute => attribute.Name == attributeName);

        public ImmutableArray<WrittenAttribute> FindAll(string attributeName) =>
            Attributes.Where(attribute => attribute.Name == attributeName).ToImmutableArray();
    }
}
