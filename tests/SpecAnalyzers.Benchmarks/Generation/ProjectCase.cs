namespace SpecAnalyzers.Benchmarks.Generation;

/// <summary>One project the benchmarks run on: its shape and size.</summary>
public sealed record ProjectCase(ProjectShape Shape, int TypeCount)
{
    /// <summary>The scale series (5% specs) and the two projects without specs, at the size of the 2% target.</summary>
    public static IEnumerable<ProjectCase> All { get; } =
    [
        new(ProjectShape.WithSpecs, 1_000),
        new(ProjectShape.WithSpecs, 10_000),
        new(ProjectShape.WithSpecs, 50_000),
        new(ProjectShape.AnnotationsWithoutSpecs, 10_000),
        new(ProjectShape.WithoutAnnotations, 10_000),
    ];

    /// <summary>
    /// Whether the empty-analyzer baseline is measured: not at 50,000 types, where it would add a third of the run and
    /// no target reads it, nor without the annotations, where SpecAnalyzers registers nothing to compare.
    /// </summary>
    public bool ComparesWithEmptyAnalyzer => TypeCount <= 10_000 && Shape != ProjectShape.WithoutAnnotations;

    public override string ToString() => $"{Shape} {TypeCount:N0}";
}
