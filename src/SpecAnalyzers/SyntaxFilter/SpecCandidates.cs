using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace SpecAnalyzers.SyntaxFilter
{
    /// <summary>
    /// The spec candidates of a compilation's source in file order, indexed by the keys they write, so that the
    /// candidates of one key are found without looking at every other: looking up each key of a project is linear.
    /// </summary>
    internal sealed class SpecCandidates
    {
        /// <summary>Ignoring case, so that a lookup that ignores case finds its candidates too; callers compare the keys read.</summary>
        private readonly Dictionary<string, List<int>> _byWrittenKey = new(System.StringComparer.OrdinalIgnoreCase);

        /// <summary>The candidates whose keys syntax cannot tell: any key may be theirs.</summary>
        private readonly List<int> _unwritten = new();

        /// <summary>
        /// The type declarations of <paramref name="compilation"/>'s source that can declare a spec, in file order:
        /// those with an attribute that can be <c>[FeatureFlag]</c> or <c>[Experiment]</c>, so the great majority of types
        /// costs a look at their attribute lists, and no symbol is created for them.
        /// </summary>
        public static SpecCandidates Read(Compilation compilation, CancellationToken cancellationToken)
        {
            var filter = new AttributeNameFilter(compilation, "FeatureFlag", "Experiment");
            var candidates = ImmutableArray.CreateBuilder<SpecCandidate>();
            foreach (var tree in compilation.SyntaxTrees)
            {
                foreach (var type in AttributeSyntaxIndex.Get(tree, cancellationToken).Types)
                {
                    if (SpecCandidate.TryCreate(type, filter, cancellationToken) is { } candidate)
                    {
                        candidates.Add(candidate);
                    }
                }
            }

            return new SpecCandidates(candidates.ToImmutable());
        }

        private SpecCandidates(ImmutableArray<SpecCandidate> all)
        {
            All = all;
            for (var i = 0; i < all.Length; i++)
            {
                if (all[i].WrittenKeys is not { } keys)
                {
                    _unwritten.Add(i);
                    continue;
                }

                foreach (var key in keys)
                {
                    if (!_byWrittenKey.TryGetValue(key, out var positions))
                    {
                        _byWrittenKey.Add(key, positions = new List<int>());
                    }

                    positions.Add(i);
                }
            }
        }

        public ImmutableArray<SpecCandidate> All { get; }

        /// <summary>The candidates that can declare <paramref name="key"/>, in any case, in file order.</summary>
        public IEnumerable<SpecCandidate> For(string key)
        {
            var written = _byWrittenKey.TryGetValue(key, out var positions) ? positions : null;
            int w = 0, u = 0;
            while ((written is not null && w < written.Count) || u < _unwritten.Count)
            {
                var takeWritten = written is not null && w < written.Count && (u == _unwritten.Count || written[w] < _unwritten[u]);
                yield return All[takeWritten ? written![w++] : _unwritten[u++]];
            }
        }
    }
}
