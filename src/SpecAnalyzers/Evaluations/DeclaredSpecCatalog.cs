using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using SpecAnalyzers.Model;

namespace SpecAnalyzers.Evaluations
{
    /// <summary>
    /// Finds the declared specs of a compilation on first need, once, however many threads ask: a compilation whose
    /// code evaluates no flag never pays for it. Reading walks every namespace and type of the compilation once, and
    /// of the referenced assemblies only those that reference the annotations (the others cannot declare a spec).
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
            var byKey = new Dictionary<string, SpecModel>(System.StringComparer.Ordinal);
            var inSource = ImmutableArray.CreateBuilder<SpecModel>();
            Collect(_compilation.Assembly.GlobalNamespace, byKey, inSource, cancellationToken);

            var annotations = _attributeTypes.Get(SpecAttributeKind.FeatureFlag)?.ContainingAssembly;
            foreach (var reference in _compilation.References)
            {
                if (_compilation.GetAssemblyOrModuleSymbol(reference) is IAssemblySymbol assembly
                    && !SymbolEqualityComparer.Default.Equals(assembly, annotations)
                    && ReferencesAnnotations(assembly, annotations))
                {
                    Collect(assembly.GlobalNamespace, byKey, inSource: null, cancellationToken);
                }
            }

            return new DeclaredSpecs(byKey, inSource.ToImmutable());
        }

        private void Collect(
            INamespaceSymbol root,
            Dictionary<string, SpecModel> byKey,
            ImmutableArray<SpecModel>.Builder? inSource,
            CancellationToken cancellationToken)
        {
            var pending = new Stack<INamespaceOrTypeSymbol>();
            pending.Push(root);
            while (pending.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var current = pending.Pop();
                if (current is INamespaceSymbol ns)
                {
                    foreach (var member in ns.GetMembers())
                    {
                        pending.Push(member);
                    }

                    continue;
                }

                var type = (INamedTypeSymbol)current;
                foreach (var nested in type.GetTypeMembers())
                {
                    pending.Push(nested);
                }

                if (type.TypeKind != TypeKind.Class
                    || SpecTypeReader.Read(type, _attributeTypes, cancellationToken)?.Spec is not { Key: { } key } spec)
                {
                    continue;
                }

                inSource?.Add(spec);
                if (!byKey.ContainsKey(key))
                {
                    byKey.Add(key, spec);
                }
            }
        }

        private static bool ReferencesAnnotations(IAssemblySymbol assembly, IAssemblySymbol? annotations)
        {
            if (annotations is null)
            {
                return false;
            }

            foreach (var module in assembly.Modules)
            {
                foreach (var referenced in module.ReferencedAssemblies)
                {
                    if (referenced.Name == annotations.Identity.Name)
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
