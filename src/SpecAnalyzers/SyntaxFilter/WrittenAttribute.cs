namespace SpecAnalyzers.SyntaxFilter
{
    /// <summary>An attribute as written: its name's stem and, when syntax tells, the string its first argument holds.</summary>
    /// <remarks>A class, not a struct: the arrays of them then share the framework's precompiled code.</remarks>
    internal sealed record WrittenAttribute(string Stem, string? FirstArgumentText);
}
