using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using SpecAnalyzers.Model;
using SpecAnalyzers.SyntaxFilter;

namespace SpecAnalyzers.Specs
{
    /// <summary>
    /// The specs of a compilation: those its source declares and those of the assemblies it references, read on
    /// first need, once per compilation for every analyzer (<see cref="For"/>): a compilation whose code evaluates no
    /// flag never pays for them. Finding the spec of one key binds only the type declarations that can declare it
    /// (<see cref="SpecCandidate"/>), so a keystroke in a file that evaluates two flags reads two specs, not every spec
    /// of the project; the whole <see cref="SpecIndex"/> (for "did you mean" suggestions and SPEC204) is read only
    /// when a rule asks. The referenced assemblies are walked once (<see cref="ReferencedSpecs"/>). Every read is safe
    /// from any number of threads; a cancelled read publishes nothing.
    /// </summary>
    internal sealed class CompilationSpecs
    {
        private static readonly ConditionalWeakTable<Compilation, CompilationSpecs> Shared = new();

        private readonly Compilation _compilation;
        private readonly SpecAttributeTypes _attributeTypes;
        private readonly ConcurrentDictionary<INamedTypeSymbol, SpecModel?> _specsByType = new(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<string, SpecModel?> _specsByKey = new(System.StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, SpecModel?> _specsByKeyIgnoringCase = new(System.StringComparer.OrdinalIgnoreCase);
        private readonly ReadOnce<SpecCandidates> _candidates;
        private readonly ReadOnce<IReadOnlyList<ReferencedSpec>> _referenced;
        private readonly ReadOnce<Dictionary<string, SpecModel>> _referencedByKey;
        private readonly ReadOnce<Dictionary<string, SpecModel>> _referencedByKeyIgnoringCase;
        private readonly ReadOnce<SpecIndex> _all;

        private CompilationSpecs(Compilation compilation, SpecAttributeTypes attributeTypes)
        {
            _compilation = compilation;
            _attributeTypes = attributeTypes;
            _candidates = new(cancellationToken => SpecCandidates.Read(compilation, cancellationToken));
            _referenced = new(cancellationToken => ReferencedSpecs.Read(compilation, attributeTypes, cancellationToken));
            _referencedByKey = new(cancellationToken => IndexReferenced(System.StringComparer.Ordinal, cancellationToken));
            _referencedByKeyIgnoringCase = new(cancellationToken => IndexReferenced(System.StringComparer.OrdinalIgnoreCase, cancellationToken));
            _all = new(ReadAll);
        }

        /// <summary>The one instance of <paramref name="compilation"/>, shared by every analyzer that reads its specs.</summary>
        public static CompilationSpecs For(Compilation compilation, SpecAttributeTypes attributeTypes) =>
            Shared.GetValue(compilation, _ => new CompilationSpecs(compilation, attributeTypes));

        /// <summary>The spec that declares <paramref name="key"/>: the compilation's own before its references', the first in file order when several do (SPEC103's business).</summary>
        public bool TryGet(string key, CancellationToken cancellationToken, out SpecModel spec)
        {
            spec = _all.ValueIfRead is { } all
                ? (all.TryGet(key, out var indexed) ? indexed : null)!
                : Lookup(_specsByKey, key, System.StringComparison.Ordinal, cancellationToken)!;
            return spec is not null;
        }

        /// <summary>
        /// The spec that declares <paramref name="key"/>, as a library that ignores case finds it: the spec of that
        /// very spelling first, else the first whose key differs only in case.
        /// </summary>
        public bool TryGet(string key, bool ignoreCase, CancellationToken cancellationToken, out SpecModel spec)
        {
            if (TryGet(key, cancellationToken, out spec) || !ignoreCase)
            {
                return spec is not null;
            }

            spec = _all.ValueIfRead is { } all
                ? (all.TryGetIgnoringCase(key, out var indexed) ? indexed : null)!
                : Lookup(_specsByKeyIgnoringCase, key, System.StringComparison.OrdinalIgnoreCase, cancellationToken)!;
            return spec is not null;
        }

        private SpecModel? Lookup(ConcurrentDictionary<string, SpecModel?> cache, string key, System.StringComparison comparison, CancellationToken cancellationToken)
        {
            if (!cache.TryGetValue(key, out var found))
            {
                found = Find(key, comparison, cancellationToken);
                cache.TryAdd(key, found);
            }

            return found;
        }

        /// <summary>Every declared spec, read on the first call.</summary>
        public SpecIndex GetAll(CancellationToken cancellationToken) => _all.Get(cancellationToken);

        /// <summary>
        /// Whether the compilation declares no spec and references none: nothing in its source can be a spec (read from
        /// syntax alone, so any type with a <c>[FeatureFlag]</c>- or <c>[Experiment]</c>-like attribute counts as one)
        /// and no referenced assembly declares one. The references are walked only when the source has no candidate.
        /// </summary>
        public bool DeclaresNone(CancellationToken cancellationToken) =>
            _candidates.Get(cancellationToken).All.IsEmpty && _referenced.Get(cancellationToken).Count == 0;

        /// <summary>The specs of the referenced assemblies, each with its assembly's name, in reference order.</summary>
        public IReadOnlyList<ReferencedSpec> GetReferenced(CancellationToken cancellationToken) => _referenced.Get(cancellationToken);

        /// <summary>The specs of the compilation's own source, in file order, one per type; the referenced assemblies are not read.</summary>
        public ImmutableArray<SpecModel> ReadSourceSpecs(CancellationToken cancellationToken)
        {
            var inSource = ImmutableArray.CreateBuilder<SpecModel>();
            var seen = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
            foreach (var candidate in _candidates.Get(cancellationToken).All)
            {
                if (Read(candidate, cancellationToken) is { Key: not null } spec && seen.Add(spec.Type))
                {
                    inSource.Add(spec);
                }
            }

            return inSource.ToImmutable();
        }

        private SpecModel? Find(string key, System.StringComparison comparison, CancellationToken cancellationToken)
        {
            foreach (var candidate in _candidates.Get(cancellationToken).For(key))
            {
                if (Read(candidate, cancellationToken) is { } spec && string.Equals(spec.Key, key, comparison))
                {
                    return spec;
                }
            }

            var referenced = comparison == System.StringComparison.Ordinal ? _referencedByKey : _referencedByKeyIgnoringCase;
            return referenced.Get(cancellationToken).TryGetValue(key, out var referencedSpec) ? referencedSpec : null;
        }

        private SpecIndex ReadAll(CancellationToken cancellationToken)
        {
            var byKey = new Dictionary<string, SpecModel>(System.StringComparer.Ordinal);
            var inSource = ReadSourceSpecs(cancellationToken);
            foreach (var spec in inSource)
            {
                if (!byKey.ContainsKey(spec.Key!))
                {
                    byKey.Add(spec.Key!, spec);
                }
            }

            foreach (var entry in _referencedByKey.Get(cancellationToken))
            {
                if (!byKey.ContainsKey(entry.Key))
                {
                    byKey.Add(entry.Key, entry.Value);
                }
            }

            return new SpecIndex(byKey, inSource);
        }

        /// <summary>The spec a candidate declaration's type declares; one model per type, however many of its partial declarations are candidates.</summary>
        private SpecModel? Read(SpecCandidate candidate, CancellationToken cancellationToken)
        {
            if (DeclaredTypeLookup.Find(_compilation, candidate.Declaration) is not { } type)
            {
                return null;
            }

            if (!_specsByType.TryGetValue(type, out var spec))
            {
                spec = SpecTypeReader.Read(type, _attributeTypes, cancellationToken)?.Spec;
                spec = _specsByType.GetOrAdd(type, spec);
            }

            return spec;
        }

        /// <summary>The specs of the referenced assemblies by key, the first met owning a key.</summary>
        private Dictionary<string, SpecModel> IndexReferenced(System.StringComparer comparer, CancellationToken cancellationToken)
        {
            var byKey = new Dictionary<string, SpecModel>(comparer);
            foreach (var referenced in _referenced.Get(cancellationToken))
            {
                if (referenced.Spec.Key is { } key && !byKey.ContainsKey(key))
                {
                    byKey.Add(key, referenced.Spec);
                }
            }

            return byKey;
        }
    }
}
