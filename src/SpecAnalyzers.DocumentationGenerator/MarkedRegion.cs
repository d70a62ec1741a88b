namespace SpecAnalyzers.DocumentationGenerator;

/// <summary>The generated part of a hand-written file: the lines between a start and an end marker, markers kept.</summary>
public sealed record MarkedRegion(string Start, string End)
{
    /// <summary><paramref name="text"/> with the region's content replaced by <paramref name="content"/> (whole lines).</summary>
    public string Replace(string text, string content, string fileName)
    {
        var start = text.IndexOf(Start, StringComparison.Ordinal);
        var end = text.IndexOf(End, StringComparison.Ordinal);
        if (start < 0 || end < start)
        {
            throw new InvalidOperationException($"{fileName} has no generated region: put the lines {Start} and {End} where it goes.");
        }

        var contentStart = start + Start.Length + 1;
        return string.Concat(text.AsSpan(0, contentStart), content, text.AsSpan(end));
    }
}
