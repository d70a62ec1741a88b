namespace SpecAnalyzers.Benchmarks.Generation;

/// <summary>Which kind of project the generator writes.</summary>
public enum ProjectShape
{
    /// <summary>5% of types are specs, metrics and goals; some plain methods evaluate the flags.</summary>
    WithSpecs,

    /// <summary>References the annotations but declares no spec, metric or goal: only plain classes.</summary>
    AnnotationsWithoutSpecs,

    /// <summary>Does not reference the annotations at all: a project that never adopted SpecAnalyzers.</summary>
    WithoutAnnotations,
}
