using System.Collections.Concurrent;

namespace SpecAnalyzers.Evaluations
{
    /// <summary>The keys some code of a compilation evaluates, gathered from any number of threads (for SPEC204).</summary>
    internal sealed class EvaluatedKeys
    {
        private readonly ConcurrentDictionary<string, byte> _keys = new(System.StringComparer.Ordinal);

        public void Add(string key) => _keys.TryAdd(key, 0);

        public bool Contains(string key) => _keys.ContainsKey(key);
    }
}
