using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
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
        public IReadOnlyList<UndeclaredKey> InCallSiteOrder()
        {
            // Records, not key-value pairs: sorting a framework collection of a struct is code the JIT compiles in every compiler process.
            var keys = new List<UndeclaredKey>();
            foreach (var entry in _firstCallSites)
            {
                keys.Add(new UndeclaredKey(entry.Key, entry.Value));
            }

            keys.Sort((left, right) => Order(left.FirstCallSite, right.FirstCallSite) is var byCallSite and not 0 ? byCallSite : string.CompareOrdinal(left.Key, right.Key));
            return keys;
        }

        private static int Order(Location left, Location right)
        {
            // Source first: a Razor view's tag has no syntax tree for a fix to work from.
            var byKind = (left.SourceTree is null).CompareTo(right.SourceTree is null);
            if (byKind != 0)
            {
                return byKind;
            }

            // A tree's own path: GetLineSpan would map the position to a line on every comparison of the sort.
            var byPath = string.CompareOrdinal(left.SourceTree?.FilePath ?? left.GetLineSpan().Path, right.SourceTree?.FilePath ?? right.GetLineSpan().Path);
            return byPath != 0 ? byPath : left.SourceSpan.Start.CompareTo(right.SourceSpan.Start);
        }
    }
}
