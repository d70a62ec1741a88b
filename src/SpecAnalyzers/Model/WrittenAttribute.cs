namespace SpecAnalyzers.Model
{
    /// <summary>An attribute as written: its name's stem and, when syntax tells, the string its first argument holds.</summary>
    internal readonly struct WrittenAttribute
    {
        public WrittenAttribute(string stem, string? firstArgumentText)
        {
            Stem = stem;
            FirstArgumentText = firstArgumentText;
        }

        public string Stem { get; }

        public string? FirstArgumentText { get; }
    }
}
