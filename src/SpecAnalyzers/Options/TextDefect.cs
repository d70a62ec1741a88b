namespace SpecAnalyzers.Options
{
    /// <summary>What SPEC101 finds wrong with a text, if anything.</summary>
    internal enum TextDefect
    {
        None,
        Empty,
        Placeholder,
    }
}
