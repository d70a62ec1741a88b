using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.Build.Framework;
using SpecAnalyzers.Configuration;
using SpecAnalyzers.Model;

namespace SpecAnalyzers.Catalog
{
    /// <summary>
    /// The MSBuild task behind <c>-p:SpecAnalyzersCatalog=true</c> (buildTransitive/SpecAnalyzers.targets): reads the
    /// built assembly and every referenced assembly that references SpecAnalyzers.Annotations, and writes the chosen
    /// formats into <see cref="OutputDirectory"/>. It never fails the build: an assembly it cannot read, an unknown
    /// format or a file it cannot write is a warning, and the rest is still written.
    /// </summary>
    public sealed class WriteSpecCatalog : ITask
    {
        private const string WarningCode = "SPECCATALOG";

        /// <summary>The item metadata that marks another JSON file as flag configuration (SpecAnalyzers.targets sets it).</summary>
        private const string FlagConfigurationMetadata = "SpecAnalyzersFlagConfiguration";

        private static readonly UTF8Encoding Utf8WithoutBom = new(encoderShouldEmitUTF8Identifier: false);

        public IBuildEngine? BuildEngine { get; set; }

        public ITaskHost? HostObject { get; set; }

        /// <summary>The project's own compiled assembly.</summary>
        [Required]
        public string Assembly { get; set; } = string.Empty;

        /// <summary>The project's references (<c>@(ReferencePath)</c>); framework references are skipped unread.</summary>
        public ITaskItem[] References { get; set; } = Array.Empty<ITaskItem>();

        [Required]
        public string OutputDirectory { get; set; } = string.Empty;

        /// <summary><c>SpecAnalyzersCatalogFormats</c>: json;md;html;openfeature;backstage, or empty for all.</summary>
        public string? Formats { get; set; }

        /// <summary><c>SpecAnalyzersReferenceDate</c> (yyyy-MM-dd): the day stale dates are judged against; today (UTC) when empty.</summary>
        public string? ReferenceDate { get; set; }

        /// <summary>Source paths are written relative to this folder.</summary>
        public string? SourceRoot { get; set; }

        /// <summary>
        /// <c>@(AdditionalFiles)</c>: the flag configuration files among them are chosen as the analyzers choose them
        /// (<c>appsettings*.json</c> unless <see cref="ReadAppSettings"/> is false, and items with
        /// <c>SpecAnalyzersFlagConfiguration="true"</c>).
        /// </summary>
        public ITaskItem[] AdditionalFiles { get; set; } = Array.Empty<ITaskItem>();

        /// <summary><c>SpecAnalyzersReadAppSettings</c>: <c>false</c> leaves <c>appsettings*.json</c> unread, as in the analyzers.</summary>
        public string? ReadAppSettings { get; set; }

        /// <summary><c>@(EditorConfigFiles)</c>: the global analyzer configs the compiler was given (for <c>spec_analyzers.*</c> options).</summary>
        public ITaskItem[] AnalyzerConfigFiles { get; set; } = Array.Empty<ITaskItem>();

        /// <summary>The project folder.</summary>
        public string? ProjectDirectory { get; set; }

        [Output]
        public string[] WrittenFiles { get; private set; } = Array.Empty<string>();

        public bool Execute()
        {
            var formats = CatalogFormat.Parse(Formats, out var unknown);
            foreach (var name in unknown)
            {
                Warn($"'{name}' is not a catalog format; SpecAnalyzersCatalogFormats takes {string.Join(";", CatalogFormat.All.Select(format => format.Name))}.");
            }

            try
            {
                var catalog = SpecCatalogReader.Read(
                    Assembly,
                    References.Where(reference => reference.GetMetadata("FrameworkReferenceName").Length == 0).Select(reference => reference.ItemSpec),
                    ReadReferenceDate(),
                    SourceRoot ?? string.Empty,
                    (path, exception) => Warn($"The spec catalog leaves out '{path}': it could not be read ({exception.Message})."),
                    new CatalogContext(
                        AdditionalFiles
                            .Where(file => FlagConfiguration.IsConfigurationFile(file.ItemSpec, file.GetMetadata(FlagConfigurationMetadata), ReadAppSettings))
                            .Select(file => file.GetMetadata("FullPath"))
                            .ToList(),
                        AnalyzerConfigFiles.Select(file => file.GetMetadata("FullPath")).ToList(),
                        ProjectDirectory ?? string.Empty));
                WrittenFiles = formats.Select(format => TryWrite(format, catalog)).OfType<string>().ToArray();
            }
            catch (Exception exception)
            {
                // The catalog is a report about the build, never a reason for it to fail: whatever went wrong is a warning.
                Warn($"The spec catalog was not written: {exception.GetType().Name}: {exception.Message}");
            }

            return true;
        }

        private DateTime ReadReferenceDate()
        {
            var text = ReferenceDate?.Trim();
            if (string.IsNullOrEmpty(text))
            {
                return DateTime.UtcNow.Date;
            }

            if (IsoDate.TryParse(text, out var date))
            {
                return date;
            }

            Warn($"SpecAnalyzersReferenceDate '{text}' is not a yyyy-MM-dd date; the catalog judges dates against today.");
            return DateTime.UtcNow.Date;
        }

        /// <summary>Writes the file only when its text changed, so an unchanged catalog keeps its timestamp.</summary>
        private string? TryWrite(CatalogFormat format, SpecAnalyzers.Catalog.Model.SpecCatalog catalog)
        {
            var path = Path.Combine(OutputDirectory, format.FileName);
            try
            {
                var text = format.Write(catalog);
                Directory.CreateDirectory(OutputDirectory);
                if (!File.Exists(path) || File.ReadAllText(path, Utf8WithoutBom) != text)
                {
                    File.WriteAllText(path, text, Utf8WithoutBom);
                }

                return path;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                Warn($"The spec catalog could not write '{path}' ({exception.Message}).");
                return null;
            }
        }

        private void Warn(string message) =>
            BuildEngine?.LogWarningEvent(new BuildWarningEventArgs(
                subcategory: null,
                code: WarningCode,
                file: null,
                lineNumber: 0,
                columnNumber: 0,
                endLineNumber: 0,
                endColumnNumber: 0,
                message: "SpecAnalyzers: " + message,
                helpKeyword: null,
                senderName: nameof(WriteSpecCatalog)));
    }
}
