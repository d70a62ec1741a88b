using System;
using Microsoft.CodeAnalysis;

namespace SpecAnalyzers
{
    /// <summary>Which assemblies an assembly references, read from its modules' metadata: no symbol of it is loaded.</summary>
    internal static class AssemblyReferences
    {
        /// <summary>Whether <paramref name="assembly"/> references an assembly whose name <paramref name="isWanted"/> accepts.</summary>
        public static bool Any(IAssemblySymbol assembly, Func<string, bool> isWanted)
        {
            foreach (var module in assembly.Modules)
            {
                foreach (var identity in module.ReferencedAssemblies)
                {
                    if (isWanted(identity.Name))
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
