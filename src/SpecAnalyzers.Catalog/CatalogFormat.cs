using System;
using System.Collections.Generic;
using System.Linq;
using SpecAnalyzers.Catalog.Model;
using SpecAnalyzers.Catalog.Writers;

namespace SpecAnalyzers.Catalog
{
    /// <summary>
    /// One file the catalog can write: the name <c>SpecAnalyzersCatalogFormats</c> selects it by, its file name, and
    /// its writer.
    /// </summary>
    public sealed class CatalogFormat
    {
        private readonly Func<SpecCatalog, string> _write;

        private CatalogFormat(string name, string fileName, Func<SpecCatalog, string> write)
        {
            Name = name;
            FileName = fileName;
            _write = write;
        }

        public static IReadOnlyList<CatalogFormat> All { get; } = new[]
        {
            new CatalogFormat("json", "specs.json", SpecsJsonWriter.Write),
            new CatalogFormat("md", "specs.md", SpecsMarkdownWriter.Write),
            new CatalogFormat("html", "specs.html", SpecsHtmlWriter.Write),
            new CatalogFormat("openfeature", "openfeature.flags.json", OpenFeatureManifestWriter.Write),
            new CatalogFormat("backstage", "catalog-info.yaml", BackstageCatalogWriter.Write),
        };

        public string Name { get; }

        public string FileName { get; }

        public string Write(SpecCatalog catalog) => _write(catalog);

        /// <summary>
        /// Reads <c>SpecAnalyzersCatalogFormats</c>: names separated by <c>;</c> or <c>,</c>, any case; empty means all.
        /// Names that are no format come back in <paramref name="unknown"/>.
        /// </summary>
        public static IReadOnlyList<CatalogFormat> Parse(string? names, out IReadOnlyList<string> unknown)
        {
            var requested = (names ?? string.Empty)
                .Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries)
                .Select(name => name.Trim())
                .Where(name => name.Length > 0)
                .ToList();
            unknown = requested.Where(name => !All.Any(format => Matches(format, name))).ToList();
            return requested.Count == 0
                ? All
                : All.Where(format => requested.Any(name => Matches(format, name))).ToList();
        }

        private static bool Matches(CatalogFormat format, string name) =>
            string.Equals(format.Name, name, StringComparison.OrdinalIgnoreCase);
    }
}
