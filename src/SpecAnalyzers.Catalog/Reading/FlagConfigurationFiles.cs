using System;
using System.Collections.Generic;
using System.IO;
using SpecAnalyzers.Configuration;

namespace SpecAnalyzers.Catalog.Reading
{
    /// <summary>Reads the project's flag configuration files from disk into the analyzers' <see cref="FlagConfiguration"/>.</summary>
    internal static class FlagConfigurationFiles
    {
        /// <summary>A file that cannot be read from disk is handed to <paramref name="leftOut"/>; unreadable JSON is kept, as the analyzers keep it (it configures nothing).</summary>
        public static FlagConfiguration Load(IEnumerable<string> paths, Action<string, Exception> leftOut)
        {
            var files = new List<ConfigurationFile>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var path in paths)
            {
                if (!seen.Add(path))
                {
                    continue;
                }

                try
                {
                    files.Add(ConfigurationFile.Parse(path, File.ReadAllText(path)));
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    leftOut(path, exception);
                }
            }

            return files.Count == 0 ? FlagConfiguration.None : FlagConfiguration.Build(files);
        }
    }
}
