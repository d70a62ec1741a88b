using System.Collections.Immutable;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SpecAnalyzers.Model
{
    /// <summary>A type declaration and the attributes written on it.</summary>
    internal sealed class AttributedType
    {
        public AttributedType(TypeDeclarationSyntax declaration, ImmutableArray<WrittenAttribute> attributes)
        {
            Declaration = declaration;
            Attributes = attributes;
        }

        public TypeDeclarationSyntax Declaration { get; }

        public ImmutableArray<WrittenAttribute> Attributes { get; }
    }
}
