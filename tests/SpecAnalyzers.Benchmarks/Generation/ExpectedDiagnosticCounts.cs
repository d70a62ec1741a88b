using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace SpecAnalyzers.Benchmarks.Generation;

/// <summary>
/// Compares what the analyzers reported with what the generator wrote, so that a benchmark can never time an
/// analyzer that silently did nothing (or did something else).
/// </summary>
internal static class ExpectedDiagnosticCounts
{
    public static ImmutableDictionary<string, int> Sum(IEnumerable<ImmutableDictionary<string, int>> counts)
    {
        var total = ImmutableDictionary.CreateBuilder<string, int>();
        foreach (var count in counts)
        {
            foreach (var (id, number) in count)
            {
                total[id] = total.GetValueOrDefault(id) + number;
            }
        }

        return total.ToImmutable();
    }

    public static ImmutableDictionary<string, int> Count(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.GroupBy(diagnostic => diagnostic.Id).ToImmutableDictionary(group => group.Key, group => group.Count());

    /// <summary>Throws, naming every difference, unless <paramref name="actual"/> holds exactly the expected counts.</summary>
    public static void AssertMatch(ImmutableDictionary<string, int> expected, IEnumerable<Diagnostic> actual, string what)
    {
        var counts = Count(actual);
        var differences = expected.Keys.Union(counts.Keys)
            .Where(id => expected.GetValueOrDefault(id) != counts.GetValueOrDefault(id))
            .Order()
            .Select(id => $"{id}: expected {expected.GetValueOrDefault(id)}, reported {counts.GetValueOrDefault(id)}")
            .ToList();
        if (differences.Count > 0)
        {
            throw new InvalidOperationException(
                $"{what}: the analyzers did not report what the generated project holds, so the timing would be meaningless. " +
                string.Join("; ", differences));
        }
    }
}
