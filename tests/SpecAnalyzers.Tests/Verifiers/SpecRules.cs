using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SpecAnalyzers.Tests.Verifiers;

/// <summary>Every rule SpecAnalyzers ships, whichever analyzer hosts it, and the analyzers that run them.</summary>
internal static class SpecRules
{
    /// <summary>Fresh instances of every analyzer, as a build loads them.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> CreateAnalyzers() => AnalyzerRunner.AllAnalyzers
        .Select(analyzer => (DiagnosticAnalyzer)Activator.CreateInstance(analyzer.GetType())!)
        .ToImmutableArray();

    /// <summary>Every rule's descriptor by ID.</summary>
    public static ImmutableDictionary<string, DiagnosticDescriptor> Descriptors { get; } = AnalyzerRunner.AllAnalyzers
        .SelectMany(analyzer => analyzer.SupportedDiagnostics)
        .GroupBy(descriptor => descriptor.Id)
        .ToImmutableDictionary(group => group.Key, group => group.First());

    /// <summary>Every rule ID but <paramref name="kept"/>: the ones a test about <paramref name="kept"/> turns off.</summary>
    public static IEnumerable<string> Except(IEnumerable<string> kept) => Descriptors.Keys.Except(kept).Order(StringComparer.Ordinal);
}
