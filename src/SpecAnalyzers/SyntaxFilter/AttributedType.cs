using System.Collections.Immutable;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SpecAnalyzers.SyntaxFilter
{
    /// <summary>A type declaration and the attributes written on it.</summary>
    internal sealed record AttributedType(TypeDeclarationSyntax Declaration, ImmutableArray<WrittenAttribute> Attributes);
}
