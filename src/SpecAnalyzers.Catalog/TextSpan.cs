namespace Microsoft.CodeAnalysis.Text
{
    /// <summary>
    /// Stands in for Roslyn's <c>TextSpan</c>, which the linked configuration reader records where each JSON token is
    /// written (the analyzers place diagnostics there). The task cannot load Roslyn, and only carries the positions:
    /// the members the reader uses, with Roslyn's meaning.
    /// </summary>
    internal readonly struct TextSpan
    {
        public TextSpan(int start, int length)
        {
            Start = start;
            Length = length;
        }

        public int Start { get; }

        public int Length { get; }

        public int End => Start + Length;

        public static TextSpan FromBounds(int start, int end) => new(start, end - start);
    }
}
