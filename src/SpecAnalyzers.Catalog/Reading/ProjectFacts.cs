using System;
using System.IO;
using System.Collections.Immutable;
using System.Linq;
using SpecAnalyzers.Catalog.Model;

namespace SpecAnalyzers.Catalog.Reading
{
    /// <summary>
    /// Adds to each spec's health what the project (not the assemblies) decides: its flag configuration's state
    /// (<see cref="ConfigurationJudge"/>) and an experiment's power with the project's options (<see cref="PowerJudge"/>).
    /// </summary>
    internal static class ProjectFacts
    {
        public static SpecCatalog Add(SpecCatalog catalog, CatalogContext context, DateTime referenceDate, string sourceRoot, Action<string, Exception> leftOut)
        {
            var configuration = new ConfigurationJudge(FlagConfigurationFiles.Load(context.FlagConfigurationFiles, leftOut), referenceDate);
            var options = new AnalyzerConfigReader(context.GlobalConfigFiles, leftOut);
            var power = new PowerJudge(referenceDate);
            var specs = catalog.Specs.Select(spec => spec with
            {
                Health = spec.Health with
                {
                    Configuration = configuration.Judge(spec),
                    Power = spec.Kind == SpecKind.Experiment ? power.Judge(spec, options.PowerOptionsFor(SourceFile(spec, context, sourceRoot))) : null,
                },
            });
            return catalog with { Specs = specs.ToImmutableArray() };
        }

        /// <summary>
        /// The spec's source file on disk, whose options the analyzers read for it; a C# file in the project folder when
        /// the PDB names none on disk (no PDB, or mapped paths such as <c>/_/src/…</c>).
        /// </summary>
        private static string SourceFile(CatalogSpec spec, CatalogContext context, string sourceRoot)
        {
            try
            {
                if (spec.Source is { } source && Path.GetFullPath(Path.Combine(sourceRoot, source.File)) is var path && File.Exists(path))
                {
                    return path;
                }
            }
            catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
            {
                // A path the PDB holds that this file system cannot name: the project's options, as for no source.
            }

            return Path.Combine(Path.GetFullPath(context.ProjectDirectory.Length == 0 ? "." : context.ProjectDirectory), "_.cs");
        }
    }
}
