using System.Collections.Generic;
using System.Collections.Immutable;
using SpecAnalyzers.Evaluations;
using SpecAnalyzers.Model;

namespace SpecAnalyzers.Specs
{
    /// <summary>Every spec key a compilation can evaluate: its own specs and those of the assemblies it references.</summary>
    internal sealed class SpecIndex
    {
        private readonly Dictionary<string, SpecModel> _byKey;
        private readonly Dictionary<string, SpecModel> _byKeyIgnoringCase = new(System.StringComparer.OrdinalIgnoreCase);

        /// <param name="byKey">The specs by key, in the order a lookup prefers them: the compilation's own first.</param>
        public SpecIndex(Dictionary<string, SpecModel> byKey, ImmutableArray<SpecModel> inSource)
        {
            _byKey = byKey;
            foreach (var entry in byKey)
            {
                if (!_byKeyIgnoringCase.ContainsKey(entry.Key))
                {
                    _byKeyIgnoringCase.Add(entry.Key, entry.Value);
                }
            }

            InSource = inSource;
            SuggestableKeys = SuggestableKeys.Create(ImmutableArray.CreateRange(byKey.Keys));
            Home = FindHome(inSource);
        }

        /// <summary>The declared keys, prepared once for "did you mean" suggestions.</summary>
        public SuggestableKeys SuggestableKeys { get; }

        /// <summary>The specs declared by the compilation itself (not by its references).</summary>
        public ImmutableArray<SpecModel> InSource { get; }

        /// <summary>
        /// Where this compilation keeps its specs — the spec declared in the first file by path — so a new spec
        /// can join them; null when it declares none.
        /// </summary>
        public SpecModel? Home { get; }

        /// <summary>The spec that declares <paramref name="key"/>; the first one met when several do (SPEC103's business).</summary>
        public bool TryGet(string key, out SpecModel spec) => _byKey.TryGetValue(key, out spec!);

        /// <summary>The spec that declares <paramref name="key"/> in this spelling, else the first whose key differs only in case.</summary>
        public bool TryGetIgnoringCase(string key, out SpecModel spec) =>
            _byKey.TryGetValue(key, out spec!) || _byKeyIgnoringCase.TryGetValue(key, out spec!);

        private static SpecModel? FindHome(ImmutableArray<SpecModel> inSource)
        {
            SpecModel? home = null;
            foreach (var spec in inSource)
            {
                var path = spec.Location.SourceTree?.FilePath;
                if (path is not null && (home is null || string.CompareOrdinal(path, home.Location.SourceTree!.FilePath) < 0))
                {
                    home = spec;
                }
            }

            return home;
        }
    }
}
