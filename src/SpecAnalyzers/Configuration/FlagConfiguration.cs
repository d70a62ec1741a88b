using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;

namespace SpecAnalyzers.Configuration
{
    /// <summary>
    /// The flag configuration of a compilation: its JSON configuration files among the AdditionalFiles
    /// (<c>appsettings.json</c>, <c>appsettings.{Environment}.json</c>, and any file the project marks with
    /// <c>SpecAnalyzersFlagConfiguration</c> metadata) and the flags each environment runs with. A file
    /// <c>name.{Environment}.json</c> beside a configuration file <c>name.json</c> overlays it. This part is Roslyn-free:
    /// the spec catalog's task builds the same configuration from the same files (<c>FlagConfiguration.Roslyn.cs</c>
    /// reads the analyzer's options, once per compilation).
    /// </summary>
    internal sealed partial class FlagConfiguration
    {
        public const string AppSettingsName = "appsettings";

        public static readonly FlagConfiguration None = new(ImmutableArray<ConfigurationFile>.Empty, ImmutableArray<FlagEnvironment>.Empty, Array.Empty<ConfigurationFile>());

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

        /// <summary>The configuration of <paramref name="candidates"/>, the read configuration files in the order the build lists them (sorted here).</summary>
        public static FlagConfiguration Build(List<ConfigurationFile> candidates)
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

        /// <summary>
        /// Whether SpecAnalyzers reads the file at <paramref name="path"/> as flag configuration: marked with
        /// <c>SpecAnalyzersFlagConfiguration="true"</c> (<paramref name="marked"/>, the item metadata as written), or an
        /// <c>appsettings*.json</c> while the <c>SpecAnalyzersReadAppSettings</c> property (<paramref name="readAppSettings"/>) is not <c>false</c>.
        /// </summary>
        public static bool IsConfigurationFile(string path, string? marked, string? readAppSettings)
        {
            if (marked is not null && string.Equals(marked.Trim(), "true", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            var name = Path.GetFileName(path);
            return name.StartsWith(AppSettingsName, StringComparison.OrdinalIgnoreCase)
                && name.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
                && (name.Length == AppSettingsName.Length + ".json".Length || name[AppSettingsName.Length] == '.')
                && !(readAppSettings is not null && string.Equals(readAppSettings.Trim(), "false", StringComparison.OrdinalIgnoreCase));
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
