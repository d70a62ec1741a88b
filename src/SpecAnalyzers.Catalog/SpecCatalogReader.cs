using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SpecAnalyzers.Catalog.Model;
using SpecAnalyzers.Catalog.Reading;

namespace SpecAnalyzers.Catalog
{
    /// <summary>Reads a build's catalog: the project's assembly, and each referenced assembly that references SpecAnalyzers.Annotations.</summary>
    public static class SpecCatalogReader
    {
        /// <summary>
        /// Reads <paramref name="projectAssembly"/> and those of <paramref name="references"/> that may declare specs
        /// (in ordinal path order, so the catalog does not depend on the order MSBuild lists them). An assembly or file that
        /// cannot be read is handed to <paramref name="leftOut"/> with the reason, and the catalog is built from the rest.
        /// With a <paramref name="context"/>, each spec's health also says how the flag configuration runs it and, for an
        /// experiment, its power.
        /// </summary>
        public static SpecCatalog Read(
            string projectAssembly,
            IEnumerable<string> references,
            DateTime referenceDate,
            string sourceRoot,
            Action<string, Exception> leftOut,
            CatalogContext? context = null)
        {
            var assemblies = new List<CompiledAssembly>();
            if (TryRead(projectAssembly, sourceRoot, mustReferenceAnnotations: false, leftOut) is { } project)
            {
                assemblies.Add(project);
            }

            foreach (var reference in references.Distinct(StringComparer.Ordinal).OrderBy(path => path, StringComparer.Ordinal))
            {
                if (TryRead(reference, sourceRoot, mustReferenceAnnotations: true, leftOut) is { } referenced)
                {
                    assemblies.Add(referenced);
                }
            }

            var catalog = CatalogBuilder.Build(Path.GetFileNameWithoutExtension(projectAssembly), referenceDate, assemblies);
            return context is null ? catalog : ProjectFacts.Add(catalog, context, referenceDate, sourceRoot, leftOut);
        }

        private static CompiledAssembly? TryRead(string path, string sourceRoot, bool mustReferenceAnnotations, Action<string, Exception> leftOut)
        {
            try
            {
                if (mustReferenceAnnotations && !CompiledAssemblyReader.ReferencesAnnotations(path))
                {
                    return null;
                }

                return CompiledAssemblyReader.Read(path, sourceRoot);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or BadImageFormatException or InvalidOperationException)
            {
                leftOut(path, exception);
                return null;
            }
        }
    }
}
