using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace SpecAnalyzers.Evaluations
{
    /// <summary>
    /// The keys a compilation that declares and references no spec yet evaluates, each with its first call site (by
    /// file path, then position, so the summary sits in the same place whatever order files are analysed in).
    /// Gathered from any number of threads, summarised once at the compilation's end (SPEC201 while adopting).
    /// </summary>
    internal sealed class UndeclaredKeys
    {
        private readonly ConcurrentDictionary<string, Location> _firstCallSites = new(StringComparer.Ordinal);

        public void Add(string key, Location callSite) =>
            _firstCallSites.AddOrUpdate(key, callSite, (_, known) => Order(callSite, known) < 0 ? callSite : known);

        /// <summary>Every key with its first call site, in the order of those call sites.</summary>
        public IReadOnlyList<KeyValuePair<string, Location>> InCallSiteOrder() =>
            _firstCallSites.OrderBy(entry => entry.Value, Comparer<Location>.Create(Order)).ThenBy(entry => entry.Key, StringComparer.Ordinal).ToList();

        private static int Order(Location left, Location right)
        {
            // Source first: a Razor view's tag has no syntax tree for a fix to work from.
            var byKind = (left.SourceTree is null).CompareTo(right.SourceTree is null);
            if (byKind != 0)
            {
                return byKind;
            }

            var byPath = string.CompareOrdinal(left.GetLineSpan().Path, right.GetLineSpan().Path);
            return byPath != 0 ? byPath : left.SourceSpan.Start.CompareTo(right.SourceSpan.Start);
        }
    }
}
