namespace SpecAnalyzers.SyntaxFilter
{
    /// <summary>An attribute as written: its name's stem and, when syntax tells, the string its first argument holds.</summary>
    internal readonly record struct WrittenAttribute(string Stem, string? FirstArgumentText);
}
