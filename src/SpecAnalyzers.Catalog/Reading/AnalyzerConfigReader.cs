using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using SpecAnalyzers.Options;

namespace SpecAnalyzers.Catalog.Reading
{
    /// <summary>
    /// The <c>spec_analyzers.*</c> options the compiler hands the analyzers for a source file: the project's global
    /// analyzer configs (<c>is_global = true</c>, the build's <c>@(EditorConfigFiles)</c>) under every
    /// <c>.editorconfig</c> from the file's folder up to one with <c>root = true</c>, nearer files and later sections
    /// winning, as Roslyn merges them. Reads each file once.
    /// </summary>
    internal sealed class AnalyzerConfigReader
    {
        private const string EditorConfigName = ".editorconfig";

        /// <summary>As the analyzers' SpecAnalyzerOptions.Prefix.</summary>
        private const string SpecAnalyzerOptionsPrefix = "spec_analyzers.";

        private readonly Dictionary<string, string> _global;
        private readonly ConcurrentDictionary<string, AnalyzerConfigFile?> _editorConfigs = new(StringComparer.Ordinal);
        private readonly Action<string, Exception> _leftOut;

        public AnalyzerConfigReader(IEnumerable<string> globalConfigFiles, Action<string, Exception> leftOut)
        {
            _leftOut = leftOut;
            _global = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            var levels = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            foreach (var path in globalConfigFiles)
            {
                if (Read(path) is not { IsGlobal: true } config)
                {
                    continue;
                }

                foreach (var option in config.Preamble)
                {
                    // A higher global_level wins; on a tie, the later file (Roslyn warns and drops the key: an edge left alone).
                    if (!levels.TryGetValue(option.Key, out var level) || config.GlobalLevel >= level)
                    {
                        _global[option.Key] = option.Value;
                        levels[option.Key] = config.GlobalLevel;
                    }
                }
            }
        }

        /// <summary>The power options for <paramref name="sourceFile"/> (a full path), parsed as the analyzers parse them.</summary>
        public PowerOptions PowerOptionsFor(string sourceFile)
        {
            var options = OptionsFor(sourceFile);
            return PowerOptions.Parse(
                Get(options, PowerOptions.AlphaOption),
                Get(options, PowerOptions.PowerOption),
                Get(options, PowerOptions.EligibleUsersPerDayOption));
        }

        /// <summary>As SpecAnalyzerOptions.Get: a value that is only whitespace counts as unset; values are trimmed.</summary>
        private static string? Get(Dictionary<string, string> options, string name) =>
            options.TryGetValue(SpecAnalyzerOptionsPrefix + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

        private Dictionary<string, string> OptionsFor(string sourceFile)
        {
            var chain = new List<AnalyzerConfigFile>();
            for (var directory = Path.GetDirectoryName(sourceFile); !string.IsNullOrEmpty(directory); directory = Path.GetDirectoryName(directory))
            {
                if (_editorConfigs.GetOrAdd(Path.Combine(directory, EditorConfigName), ReadIfPresent) is { } config)
                {
                    chain.Add(config);
                    if (config.IsRoot)
                    {
                        break;
                    }
                }
            }

            var options = new Dictionary<string, string>(_global, StringComparer.OrdinalIgnoreCase);
            var path = sourceFile.Replace('\\', '/');
            for (var i = chain.Count - 1; i >= 0; i--)
            {
                chain[i].ApplyTo(path, options);
            }

            return options;
        }

        private AnalyzerConfigFile? ReadIfPresent(string path) => File.Exists(path) ? Read(path) : null;

        private AnalyzerConfigFile? Read(string path)
        {
            try
            {
                return AnalyzerConfigFile.Parse(path, File.ReadAllText(path));
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                _leftOut(path, exception);
                return null;
            }
        }
    }
}
