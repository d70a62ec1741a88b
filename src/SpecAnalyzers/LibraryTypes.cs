using Microsoft.CodeAnalysis;

namespace SpecAnalyzers
{
    /// <summary>
    /// Finds a library's type by its metadata name in the compilation's own source and in the referenced assemblies of
    /// that library only (<c>Microsoft.FeatureManagement</c>, <c>Microsoft.FeatureManagement.AspNetCore</c>…).
    /// <see cref="Compilation.GetTypeByMetadataName"/> reads every referenced assembly, two hundred in an ASP.NET Core
    /// app, and when an analyzer asks first, at compilation start, that reading is charged to the analyzer.
    /// </summary>
    internal static class LibraryTypes
    {
        /// <param name="library">The library's assembly name, which also prefixes its other assemblies' names.</param>
        public static INamedTypeSymbol? Find(Compilation compilation, string library, string metadataName)
        {
            if (compilation.Assembly.GetTypeByMetadataName(metadataName) is { } declaredInSource)
            {
                return declaredInSource;
            }

            foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
            {
                if (IsPartOf(assembly.Identity.Name, library) && assembly.GetTypeByMetadataName(metadataName) is { } found)
                {
                    return found;
                }
            }

            return null;
        }

        private static bool IsPartOf(string assemblyName, string library) =>
            assemblyName.StartsWith(library, System.StringComparison.Ordinal)
            && (assemblyName.Length == library.Length || assemblyName[library.Length] == '.');
    }
}
