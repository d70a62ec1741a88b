using System.Collections.Immutable;

namespace SpecAnalyzers.Benchmarks.Generation;

/// <summary>A generated project: its files, what it contains, and the diagnostics SpecAnalyzers must report on it.</summary>
internal sealed class GeneratedProject
{
    public required ProjectShape Shape { get; init; }

    /// <summary>Top-level types, a partial spec counted once (the declared IFeatureManager not counted).</summary>
    public required int TypeCount { get; init; }

    public required ImmutableArray<GeneratedDocument> Documents { get; init; }

    /// <summary>The files a build passes as AdditionalFiles: the flag configuration of a project with specs.</summary>
    public required ImmutableArray<GeneratedDocument> AdditionalFiles { get; init; }

    /// <summary>Flags the configuration declares (both schemas), 0 without one.</summary>
    public required int ConfiguredFlagCount { get; init; }

    public required int SpecCount { get; init; }

    public required int PartialSpecCount { get; init; }

    public required int MetricCount { get; init; }

    public required int GoalCount { get; init; }

    /// <summary>Calls to <c>IFeatureManager.IsEnabledAsync</c>: the call sites the SPEC2xx rules inspect.</summary>
    public required int FlagEvaluationCount { get; init; }

    /// <summary>Diagnostic ID → how many times SpecAnalyzers must report it over the whole project.</summary>
    public ImmutableDictionary<string, int> ExpectedDiagnostics =>
        ExpectedDiagnosticCounts.Sum(Documents.Concat(AdditionalFiles).Select(document => document.ExpectedDiagnostics));

    /// <summary>
    /// The document the IDE benchmark analyses: a spec file in the middle of the project with diagnostics to
    /// report, as a file being edited would be.
    /// </summary>
    public GeneratedDocument SpecDocument
    {
        get
        {
            var specDocuments = Documents.Where(document => !document.ExpectedDiagnostics.IsEmpty).ToList();
            return specDocuments[specDocuments.Count / 2];
        }
    }
}
