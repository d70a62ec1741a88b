using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SpecAnalyzers.Configuration
{
    /// <summary>
    /// The flag configuration of a compilation: its JSON configuration files among the AdditionalFiles
    /// (<c>appsettings.json</c>, <c>appsettings.{Environment}.json</c>, and any file the project marks with
    /// <c>SpecAnalyzersFlagConfiguration</c> metadata) and the flags each environment runs with. A file
    /// <c>name.{Environment}.json</c> beside a configuration file <c>name.json</c> overlays it. Each file is read once
    /// per content (<see cref="ConfigurationFile"/>); this is settled once per compilation.
    /// </summary>
    internal sealed class FlagConfiguration
    {
        public const string AppSettingsName = "appsettings";

        /// <summary>AdditionalFiles metadata (made visible by the package) that marks another JSON file as flag configuration.</summary>
        public const string FileMetadata = "build_metadata.AdditionalFiles.SpecAnalyzersFlagConfiguration";

        /// <summary>The MSBuild property <c>SpecAnalyzersReadAppSettings</c>: <c>false</c> stops reading <c>appsettings*.json</c>.</summary>
        public const string ReadAppSettingsProperty = "build_property.SpecAnalyzersReadAppSettings";

        public static readonly FlagConfiguration None = new(ImmutableArray<ConfigurationFile>.Empty, ImmutableArray<FlagEnvironment>.Empty, Array.Empty<ConfigurationFile>());

        /// <summary>The configuration last built, by the first file it was built from (in AdditionalFiles order).</summary>
        private static readonly ConditionalWeakTable<ConfigurationFile, FlagConfiguration> BuiltFor = new();

        /// <summary>The read files this was built from, in AdditionalFiles order.</summary>
        private readonly ConfigurationFile[] _builtFrom;

        private FlagConfiguration(ImmutableArray<ConfigurationFile> files, ImmutableArray<FlagEnvironment> environments, ConfigurationFile[] builtFrom)
        {
            _builtFrom = builtFrom;
            Files = files;
            Environments = environments;
            foreach (var file in files)
            {
                DeclaresFlags |= file.DeclaresFlags;
            }

            FileNames = string.Join(", ", Distinct(files));
        }

        /// <summary>Every configuration file, readable or not, base files first.</summary>
        public ImmutableArray<ConfigurationFile> Files { get; }

        /// <summary>The base files alone, then each environment that has an overlay.</summary>
        public ImmutableArray<FlagEnvironment> Environments { get; }

        /// <summary>
        /// Whether any file has a flag section. Without one the flags live elsewhere (or nowhere yet), and the rules
        /// comparing specs with the configuration stay silent.
        /// </summary>
        public bool DeclaresFlags { get; }

        /// <summary>The file names, for messages: <c>appsettings.json, appsettings.Development.json</c>.</summary>
        public string FileNames { get; }

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

        private static FlagConfiguration Build(List<ConfigurationFile> candidates)
        {
            var builtFrom = candidates.ToArray();
            var bases = new List<ConfigurationFile>();

            // appsettings.json first, then by path: the order of AdditionalFiles differs between hosts.
            candidates.Sort((left, right) => Rank(left).CompareTo(Rank(right)) is var byRank and not 0 ? byRank : string.CompareOrdinal(left.Path, right.Path));
            var overlays = new Dictionary<string, List<ConfigurationFile>>(StringComparer.OrdinalIgnoreCase);
            foreach (var file in candidates)
            {
                if (OverlayEnvironment(file, candidates) is { } environment)
                {
                    if (!overlays.TryGetValue(environment, out var layers))
                    {
                        overlays.Add(environment, layers = new List<ConfigurationFile>());
                    }

                    layers.Add(file);
                }
                else
                {
                    bases.Add(file);
                }
            }

            var environments = ImmutableArray.CreateBuilder<FlagEnvironment>(overlays.Count + 1);
            environments.Add(new FlagEnvironment(null, bases));
            var names = new List<string>(overlays.Keys);
            names.Sort(StringComparer.OrdinalIgnoreCase);
            foreach (var name in names)
            {
                var layers = new List<ConfigurationFile>(bases);
                layers.AddRange(overlays[name]);
                environments.Add(new FlagEnvironment(name, layers));
            }

            var files = ImmutableArray.CreateBuilder<ConfigurationFile>(candidates.Count);
            files.AddRange(bases);
            foreach (var name in names)
            {
                files.AddRange(overlays[name]);
            }

            return new FlagConfiguration(files.MoveToImmutable(), environments.MoveToImmutable(), builtFrom);
        }

        /// <summary>Whether this was built from exactly <paramref name="files"/>, the same read files in the same order.</summary>
        private bool IsBuiltFrom(List<ConfigurationFile> files)
        {
            if (files.Count != _builtFrom.Length)
            {
                return false;
            }

            for (var i = 0; i < files.Count; i++)
            {
                if (!ReferenceEquals(files[i], _builtFrom[i]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Whether SpecAnalyzers reads <paramref name="file"/> as flag configuration.</summary>
        public static bool IsConfigurationFile(AdditionalText file, AnalyzerOptions options)
        {
            var provider = options.AnalyzerConfigOptionsProvider;
            if (provider.GetOptions(file).TryGetValue(FileMetadata, out var marked) && string.Equals(marked.Trim(), "true", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            var name = Path.GetFileName(file.Path);
            return name.StartsWith(AppSettingsName, StringComparison.OrdinalIgnoreCase)
                && name.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
                && (name.Length == AppSettingsName.Length + ".json".Length || name[AppSettingsName.Length] == '.')
                && !(provider.GlobalOptions.TryGetValue(ReadAppSettingsProperty, out var read) && string.Equals(read.Trim(), "false", StringComparison.OrdinalIgnoreCase));
        }

        /// <summary>How <paramref name="key"/> is configured in each environment that has it.</summary>
        public IEnumerable<(FlagEnvironment Environment, ConfiguredFlag Flag)> Find(string key)
        {
            foreach (var environment in Environments)
            {
                if (environment.Flags.TryGetValue(key, out var flag))
                {
                    yield return (environment, flag);
                }
            }
        }

        /// <summary><c>Development</c> for <c>appsettings.Development.json</c> when <c>appsettings.json</c> is among <paramref name="files"/>; null for a base file.</summary>
        private static string? OverlayEnvironment(ConfigurationFile file, List<ConfigurationFile> files)
        {
            var name = file.FileName;
            var withoutExtension = name.Substring(0, name.Length - Path.GetExtension(name).Length);
            var dot = withoutExtension.LastIndexOf('.');
            if (dot <= 0 || dot == withoutExtension.Length - 1)
            {
                return null;
            }

            var baseName = withoutExtension.Substring(0, dot) + Path.GetExtension(name);
            var directory = Path.GetDirectoryName(file.Path);
            foreach (var other in files)
            {
                if (string.Equals(other.FileName, baseName, StringComparison.OrdinalIgnoreCase)
                    && string.Equals(Path.GetDirectoryName(other.Path), directory, StringComparison.OrdinalIgnoreCase))
                {
                    return withoutExtension.Substring(dot + 1);
                }
            }

            return null;
        }

        private static int Rank(ConfigurationFile file) =>
            string.Equals(file.FileName, AppSettingsName + ".json", StringComparison.OrdinalIgnoreCase) ? 0 : 1;

        private static IEnumerable<string> Distinct(ImmutableArray<ConfigurationFile> files)
        {
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var file in files)
            {
                if (seen.Add(file.FileName))
                {
                    yield return file.FileName;
                }
            }
        }
    }
}
