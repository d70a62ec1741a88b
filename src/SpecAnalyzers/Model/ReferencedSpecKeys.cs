using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace SpecAnalyzers.Model
{
    /// <summary>
    /// The spec keys declared in the assemblies a compilation references, read from their attributes in metadata
    /// (see <see cref="SpecDeclarations.ReferencedSpecAssemblies"/> for which assemblies are read).
    /// </summary>
    internal static class ReferencedSpecKeys
    {
        public static List<DeclaredSpecKey> Read(Compilation compilation, SpecAttributeTypes types, CancellationToken cancellationToken)
        {
            var keys = new List<DeclaredSpecKey>();
            var specs = new List<SpecModel>();
            foreach (var assembly in SpecDeclarations.ReferencedSpecAssemblies(compilation, types))
            {
                specs.Clear();
                SpecDeclarations.CollectInMetadata(assembly.GlobalNamespace, types, specs, cancellationToken);
                foreach (var spec in specs)
                {
                    if (!string.IsNullOrWhiteSpace(spec.Key))
                    {
                        keys.Add(new DeclaredSpecKey(spec.Key!, spec.DisplayName + " in " + assembly.Identity.Name, Location.None));
                    }
                }
            }

            return keys;
        }
    }
}
