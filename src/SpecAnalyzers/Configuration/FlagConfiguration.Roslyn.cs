using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SpecAnalyzers.Configuration
{
    /// <summary>The analyzer's part of <see cref="FlagConfiguration"/>: which AdditionalFiles it reads, and reading them once.</summary>
    internal sealed partial class FlagConfiguration
    {
        /// <summary>AdditionalFiles metadata (made visible by the package) that marks another JSON file as flag configuration.</summary>
        public const string FileMetadata = "build_metadata.AdditionalFiles.SpecAnalyzersFlagConfiguration";

        /// <summary>The MSBuild property <c>SpecAnalyzersReadAppSettings</c>: <c>false</c> stops reading <c>appsettings*.json</c>.</summary>
        public const string ReadAppSettingsProperty = "build_property.SpecAnalyzersReadAppSettings";

        /// <summary>The configuration last built, by the first file it was built from (in AdditionalFiles order).</summary>
        private static readonly ConditionalWeakTable<ConfigurationFile, FlagConfiguration> BuiltFor = new();

        /// <summary>
        /// The configuration of the files <paramref name="options"/> holds. While the files are unchanged (the same
        /// read files, see <see cref="ConfigurationFile"/>), the configuration built for them last is reused: a new
        /// compilation per keystroke does not merge the environments again.
        /// </summary>
        public static FlagConfiguration Load(AnalyzerOptions options, CancellationToken cancellationToken)
        {
            var candidates = new List<ConfigurationFile>();
            foreach (var additionalFile in options.AdditionalFiles)
            {
                if (IsConfigurationFile(additionalFile, options) && ConfigurationFile.Read(additionalFile, cancellationToken) is { } file)
                {
                    candidates.Add(file);
                }
            }

            if (candidates.Count == 0)
            {
                return None;
            }

            var first = candidates[0];
            if (BuiltFor.TryGetValue(first, out var built) && built.IsBuiltFrom(candidates))
            {
                return built;
            }

            built = Build(candidates);
            lock (BuiltFor)
            {
                BuiltFor.Remove(first);
                BuiltFor.Add(first, built);
            }

            return built;
        }

        /// <summary>Whether SpecAnalyzers reads <paramref name="file"/> as flag configuration.</summary>
        public static bool IsConfigurationFile(AdditionalText file, AnalyzerOptions options)
        {
            var provider = options.AnalyzerConfigOptionsProvider;
            provider.GetOptions(file).TryGetValue(FileMetadata, out var marked);
            provider.GlobalOptions.TryGetValue(ReadAppSettingsProperty, out var read);
            return IsConfigurationFile(file.Path, marked, read);
        }
    }
}
