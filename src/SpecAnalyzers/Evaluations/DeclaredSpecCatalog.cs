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
        private readonly ConcurrentDictionary<INamedTypeSymbol, SpecModel?> _specsByType = new(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<string, SpecModel?> _specsByKey = new(System.StringComparer.Ordinal);
        private readonly ReadOnce<SpecCandidates> _candidates;
        private readonly ReadOnce<Dictionary<string, SpecModel>> _referenced;
        private readonly ReadOnce<DeclaredSpecs> _all;

        public DeclaredSpecCatalog(Compilation compilation, SpecAttributeTypes attributeTypes)
        {
            _compilation = compilation;
            _attributeTypes = attributeTypes;
            _candidates = new(cancellationToken => SpecDeclarations.SourceCandidates(compilation, cancellationToken));
            _referenced = new(ReadReferenced);
            _all = new(ReadAll);
        }

        /// <summary>The spec that declares <paramref name="key"/>: the compilation's own before its references', the first in file order when several do (SPEC103's business).</summary>
        public bool TryGet(string key, CancellationToken cancellationToken, out SpecModel spec)
        {
            if (_all.ValueIfRead is { } all)
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
        public DeclaredSpecs GetAll(CancellationToken cancellationToken) => _all.Get(cancellationToken);

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

        private SpecModel? Find(string key, CancellationToken cancellationToken)
        {
            foreach (var candidate in _candidates.Get(cancellationToken).For(key))
            {
                if (Read(candidate, cancellationToken) is { } spec && spec.Key == key)
                {
                    return spec;
                }
            }

            return _referenced.Get(cancellationToken).TryGetValue(key, out var referenced) ? referenced : null;
        }

        private DeclaredSpecs ReadAll(CancellationToken cancellationToken)
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

            foreach (var entry in _referenced.Get(cancellationToken))
            {
                if (!byKey.ContainsKey(entry.Key))
                {
                    byKey.Add(entry.Key, entry.Value);
                }
            }

            return new DeclaredSpecs(byKey, inSource);
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

        /// <summary>The specs of the referenced assemblies by key, the first met owning a key.</summary>
        private Dictionary<string, SpecModel> ReadReferenced(CancellationToken cancellationToken)
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

            return byKey;
        }
    }
}
