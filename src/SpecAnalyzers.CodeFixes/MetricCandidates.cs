using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using SpecAnalyzers.CodeFixes.Building;
using SpecAnalyzers.Model;

namespace SpecAnalyzers.CodeFixes
{
    /// <summary>
    /// The existing <c>[Metric]</c> types a spec could reference in a role instead of a new stub: those of the
    /// compilation and of the referenced assemblies that use SpecAnalyzers, accessible from the spec, most relevant
    /// first — moving the way the role wants (up for success, down for a guardrail), then sharing words with the
    /// spec's name or key, then closest by namespace.
    /// </summary>
    internal static class MetricCandidates
    {
        /// <summary>More would crowd the light bulb menu; the user can always type the name.</summary>
        public const int MaximumOffered = 3;

        public static ImmutableArray<MetricCandidate> Find(
            Compilation compilation,
            SpecAttributeTypes attributeTypes,
            SpecModel spec,
            MetricRole role,
            CancellationToken cancellationToken)
        {
            var metricAttribute = attributeTypes.Get(SpecAttributeKind.Metric);
            if (metricAttribute is null)
            {
                return ImmutableArray<MetricCandidate>.Empty;
            }

            var specWords = Words(spec.Type.Name, spec.Key);
            var otherRole = role == MetricRole.Success ? spec.GuardrailMetrics : spec.SuccessMetrics;
            var usedInOtherRole = new HashSet<INamedTypeSymbol>(
                otherRole.Select(part => part.ReferencedType).OfType<INamedTypeSymbol>(),
                SymbolEqualityComparer.Default);
            var candidates = new List<(MetricCandidate Candidate, bool PreferredDirection, int SharedWords, int SharedNamespaces)>();
            foreach (var type in MetricTypes(compilation, metricAttribute, cancellationToken))
            {
                if (usedInOtherRole.Contains(type) || !compilation.IsSymbolAccessibleWithin(type, spec.Type))
                {
                    // The same metric as success and guardrail contradicts itself (SPEC303).
                    continue;
                }

                var metric = SpecTypeReader.Read(type, attributeTypes, cancellationToken)?.Metric;
                var direction = (SpecMetricDirection)(metric?.GetNamedInt32(SpecArgumentNames.Direction) ?? (int)SpecMetricDirection.Increase);
                candidates.Add((
                    new MetricCandidate(type, metric?.Text),
                    direction == role.PreferredDirection(),
                    SharedWords(specWords, Words(type.Name, metric?.Text)),
                    SharedNamespaces(spec.Type.ContainingNamespace, type.ContainingNamespace)));
            }

            return candidates
                .OrderByDescending(entry => entry.PreferredDirection)
                .ThenByDescending(entry => entry.SharedWords)
                .ThenByDescending(entry => entry.SharedNamespaces)
                .ThenBy(entry => entry.Candidate.Type.Name, StringComparer.Ordinal)
                .Take(MaximumOffered)
                .Select(entry => entry.Candidate)
                .ToImmutableArray();
        }

        private static IEnumerable<INamedTypeSymbol> MetricTypes(Compilation compilation, INamedTypeSymbol metricAttribute, CancellationToken cancellationToken)
        {
            var assemblies = new List<IAssemblySymbol> { compilation.Assembly };
            foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
            {
                // Only an assembly that references the annotations can declare metrics; skipping the rest
                // (the framework) keeps the walk small.
                if (assembly.Modules.Any(module => module.ReferencedAssemblySymbols.Contains(metricAttribute.ContainingAssembly, SymbolEqualityComparer.Default)))
                {
                    assemblies.Add(assembly);
                }
            }

            var pending = new Stack<INamespaceOrTypeSymbol>(assemblies.Select(assembly => assembly.GlobalNamespace));
            while (pending.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                foreach (var member in pending.Pop().GetMembers())
                {
                    if (member is INamespaceOrTypeSymbol container)
                    {
                        pending.Push(container);
                    }

                    // A generic type cannot be named in typeof inside an attribute without type arguments.
                    if (member is INamedTypeSymbol { IsGenericType: false } type && HasAttribute(type, metricAttribute))
                    {
                        yield return type;
                    }
                }
            }
        }

        private static bool HasAttribute(INamedTypeSymbol type, INamedTypeSymbol attribute) =>
            type.GetAttributes().Any(data => SymbolEqualityComparer.Default.Equals(data.AttributeClass, attribute));

        private static List<string> Words(string typeName, string? name)
        {
            var words = new List<string>(SpecNames.Words(typeName));
            if (name is not null)
            {
                words.AddRange(SpecNames.Words(name));
            }

            return words;
        }

        /// <summary>Words of the metric found among the spec's; <c>lyric</c> and <c>lyrics</c> count as one.</summary>
        private static int SharedWords(List<string> specWords, List<string> metricWords) =>
            metricWords.Distinct().Count(metricWord => specWords.Any(specWord => SameWord(specWord, metricWord)));

        private static bool SameWord(string a, string b) =>
            a == b || (Math.Min(a.Length, b.Length) >= 4 && (a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal)));

        private static int SharedNamespaces(INamespaceSymbol? a, INamespaceSymbol? b)
        {
            var first = Segments(a);
            var second = Segments(b);
            var shared = 0;
            while (shared < first.Count && shared < second.Count && first[shared] == second[shared])
            {
                shared++;
            }

            return shared;
        }

        private static List<string> Segments(INamespaceSymbol? ns)
        {
            var segments = new List<string>();
            for (; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
            {
                segments.Insert(0, ns.Name);
            }

            return segments;
        }
    }
}
