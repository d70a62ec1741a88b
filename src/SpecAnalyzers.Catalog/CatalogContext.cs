using System;
using System.Collections.Generic;

namespace SpecAnalyzers.Catalog
{
    /// <summary>
    /// What the catalog reads beside the compiled assemblies, as the analyzers read it: the project's flag
    /// configuration files (already chosen as the analyzers choose their AdditionalFiles) and its global analyzer
    /// configs (the <c>.editorconfig</c> files are found from each spec's source file, as the compiler finds them).
    /// </summary>
    /// <param name="ProjectDirectory">Options for a spec whose source file is unknown are those of a C# file here.</param>
    public sealed record CatalogContext(IReadOnlyList<string> FlagConfigurationFiles, IReadOnlyList<string> GlobalConfigFiles, string ProjectDirectory)
    {
        public static readonly CatalogContext None = new(Array.Empty<string>(), Array.Empty<string>(), string.Empty);
    }
}
