using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using SpecAnalyzers.Evaluations;
using SpecAnalyzers.Model;

namespace SpecAnalyzers.Configuration
{
    /// <summary>
    /// The compilation's specs (its own and its references') by the flag name a configuration writes: ignoring case,
    /// as Microsoft.FeatureManagement compares names, so <c>"Beta"</c> in appsettings.json is the spec <c>beta</c>.
    /// </summary>
    internal sealed class SpecsByFlagName
    {
        private readonly DeclaredSpecs _declared;
        private readonly Dictionary<string, SpecModel> _byName = new(StringComparer.OrdinalIgnoreCase);

        public SpecsByFlagName(DeclaredSpecs declared)
        {
            _declared = declared;
            foreach (var key in declared.Keys)
            {
                if (!_byName.ContainsKey(key) && declared.TryGet(key, out var spec))
                {
                    _byName.Add(key, spec);
                }
            }
        }

        /// <summary>Where the compilation keeps its specs (see <see cref="DeclaredSpecs.Home"/>), so a new spec can join them.</summary>
        public SpecModel? Home => _declared.Home;

        public bool TryGet(string flagName, out SpecModel spec) => _byName.TryGetValue(flagName, out spec!);

        /// <summary>The declared keys closest to <paramref name="flagName"/>, for "did you mean".</summary>
        public ImmutableArray<string> Suggest(string flagName) => KeySuggestions.Nearest(flagName, _declared.Keys, _declared.NormalizedKeys);
    }
}
