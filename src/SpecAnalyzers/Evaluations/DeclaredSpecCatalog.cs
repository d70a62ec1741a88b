using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using SpecAnalyzers.Model;

namespace SpecAnalyzers.Evaluations
{
    /// <summary>
    /// Finds the declared specs of a compilation on first need, once, however many threads ask: a compilation whose
    /// code evaluates no flag never pays for it. Reading walks every namespace and type of the compilation once, and
    /// of the referenced assemblies only those that can declare specs (<see cref="SpecDeclarations"/>).
    /// </summary>
    internal sealed class DeclaredSpecCatalog
    {
        private readonly Compilation _compilation;
        private readonly SpecAttributeTypes _attributeTypes;
        private readonly object _gate = new();
        private DeclaredSpecs? _specs;

        public DeclaredSpecCatalog(Compilation compilation, SpecAttributeTypes attributeTypes)
        {
            _compilation = compilation;
            _attributeTypes = attributeTypes;
        }

        /// <summary>
        /// The specs, read on the first call. A cancelled read publishes nothing, so the next caller reads again
        /// instead of inheriting the cancellation.
        /// </summary>
        public DeclaredSpecs Get(CancellationToken cancellationToken)
        {
            var specs = Volatile.Read(ref _specs);
            if (specs is not null)
            {
                return specs;
            }

            lock (_gate)
            {
                if (_specs is null)
                {
                    Volatile.Write(ref _specs, Read(cancellationToken));
                }

                return _specs!;
            }
        }

        private DeclaredSpecs Read(CancellationToken cancellationToken)
        {
            var inSource = new List<SpecModel>();
            SpecDeclarations.Collect(_compilation.Assembly.GlobalNamespace, _attributeTypes, inSource, cancellationToken);
            var referenced = new List<SpecModel>();
            foreach (var assembly in SpecDeclarations.ReferencedSpecAssemblies(_compilation, _attributeTypes))
            {
                SpecDeclarations.Collect(assembly.GlobalNamespace, _attributeTypes, referenced, cancellationToken);
            }

            // The first spec met owns a key: the compilation's own before its references (SPEC103 reports the rest).
            var byKey = new Dictionary<string, SpecModel>(System.StringComparer.Ordinal);
            foreach (var spec in inSource.Concat(referenced))
            {
                if (spec.Key is { } key && !byKey.ContainsKey(key))
                {
                    byKey.Add(key, spec);
                }
            }

            inSource.RemoveAll(spec => spec.Key is null);
            return new DeclaredSpecs(byKey, inSource.ToImmutableArray());
        }
    }
}
