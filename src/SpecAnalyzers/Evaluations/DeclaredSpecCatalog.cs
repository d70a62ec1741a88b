using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using SpecAnalyzers.Model;

namespace SpecAnalyzers.Evaluations
{
    /// <summary>
    /// The declared specs of a compilation, read on first need: a compilation whose code evaluates no flag never pays
    /// for them. Finding the spec of one key binds only the type declarations that can declare it
    /// (<see cref="SpecCandidate"/>), so a keystroke in a file that evaluates two flags reads two specs, not every spec
    /// of the project; the whole catalogue (for "did you mean" suggestions and SPEC204) is read only when a rule asks.
    /// Of the referenced assemblies only those that can declare specs are read (<see cref="SpecDeclarations"/>).
    /// Every read is safe from any number of threads; a cancelled read publishes nothing.
    /// </summary>
    internal sealed class DeclaredSpecCatalog
    {
        private readonly Compilation _compilation;
        private readonly SpecAttributeTypes _attributeTypes;
        private readonly object _gate = new();
        private readonly ConcurrentDictionary<INamedTypeSymbol, SpecModel?> _specsByType = new(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<string, SpecModel?> _specsByKey = new(System.StringComparer.Ordinal);
        private SpecCandidates? _candidates;
        private Dictionary<string, SpecModel>? _referenced;
        private DeclaredSpecs? _all;

        public DeclaredSpecCatalog(Compilation compilation, SpecAttributeTypes attributeTypes)
        {
            _compilation = compilation;
            _attributeTypes = attributeTypes;
        }

        /// <summary>The spec that declares <paramref name="key"/>: the compilation's own before its references', the first in file order when several do (SPEC103's business).</summary>
        public bool TryGet(string key, CancellationToken cancellationToken, out SpecModel spec)
        {
            if (Volatile.Read(ref _all) is { } all)
            {
                return all.TryGet(key, out spec);
            }

            if (!_specsByKey.TryGetValue(key, out var found))
            {
                found = Find(key, cancellationToken);
                _specsByKey.TryAdd(key, found);
            }

            spec = found!;
            return found is not null;
        }

        /// <summary>Every declared spec, read on the first call.</summary>
        public DeclaredSpecs GetAll(CancellationToken cancellationToken)
        {
            if (Volatile.Read(ref _all) is { } all)
            {
                return all;
            }

            lock (_gate)
            {
                if (_all is null)
                {
                    Volatile.Write(ref _all, ReadAll(cancellationToken));
                }

                return _all!;
            }
        }

        private SpecModel? Find(string key, CancellationToken cancellationToken)
        {
            foreach (var candidate in Candidates(cancellationToken).For(key))
            {
                if (Read(candidate, cancellationToken) is { } spec && spec.Key == key)
                {
                    return spec;
                }
            }

            return Referenced(cancellationToken).TryGetValue(key, out var referenced) ? referenced : null;
        }

        private DeclaredSpecs ReadAll(CancellationToken cancellationToken)
        {
            var byKey = new Dictionary<string, SpecModel>(System.StringComparer.Ordinal);
            var inSource = ImmutableArray.CreateBuilder<SpecModel>();
            var seen = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
            foreach (var candidate in Candidates(cancellationToken).All)
            {
                if (Read(candidate, cancellationToken) is { Key: { } key } spec && seen.Add(spec.Type))
                {
                    inSource.Add(spec);
                    if (!byKey.ContainsKey(key))
                    {
                        byKey.Add(key, spec);
                    }
                }
            }

            foreach (var entry in Referenced(cancellationToken))
            {
                if (!byKey.ContainsKey(entry.Key))
                {
                    byKey.Add(entry.Key, entry.Value);
                }
            }

            return new DeclaredSpecs(byKey, inSource.ToImmutable());
        }

        /// <summary>The spec a candidate declaration's type declares; one model per type, however many of its partial declarations are candidates.</summary>
        private SpecModel? Read(SpecCandidate candidate, CancellationToken cancellationToken)
        {
            if (SpecDeclarations.FindDeclaredType(_compilation, candidate.Declaration) is not { } type)
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

        private SpecCandidates Candidates(CancellationToken cancellationToken)
        {
            if (Volatile.Read(ref _candidates) is { } candidates)
            {
                return candidates;
            }

            // Two threads may list them at once: each file's syntax is read once anyway (AttributeSyntaxIndex).
            Interlocked.CompareExchange(ref _candidates, SpecDeclarations.SourceCandidates(_compilation, cancellationToken), null);
            return _candidates!;
        }

        /// <summary>The specs of the referenced assemblies by key, the first met owning a key.</summary>
        private Dictionary<string, SpecModel> Referenced(CancellationToken cancellationToken)
        {
            if (Volatile.Read(ref _referenced) is { } referenced)
            {
                return referenced;
            }

            lock (_gate)
            {
                if (_referenced is null)
                {
                    var specs = new List<SpecModel>();
                    foreach (var assembly in SpecDeclarations.ReferencedSpecAssemblies(_compilation, _attributeTypes))
                    {
                        SpecDeclarations.CollectInMetadata(assembly.GlobalNamespace, _attributeTypes, specs, cancellationToken);
                    }

                    var byKey = new Dictionary<string, SpecModel>(System.StringComparer.Ordinal);
                    foreach (var spec in specs)
                    {
                        if (spec.Key is { } key && !byKey.ContainsKey(key))
                        {
                            byKey.Add(key, spec);
                        }
                    }

                    Volatile.Write(ref _referenced, byKey);
                }

                return _referenced!;
            }
        }
    }
}
