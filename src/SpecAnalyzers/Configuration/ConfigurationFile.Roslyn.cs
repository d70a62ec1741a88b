using System;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SpecAnalyzers.Configuration
{
    /// <summary>
    /// The analyzer's part of <see cref="ConfigurationFile"/>: read once per file content (the result is kept with the
    /// <see cref="SourceText"/>: the IDE and the compiler hand out the same text object while the file is unchanged),
    /// never per compilation, type or keystroke; and where its diagnostics sit.
    /// </summary>
    internal sealed partial class ConfigurationFile
    {
        /// <summary>
        /// Lazy, so that analyzers asking at once (SpecTypeAnalyzer's SPEC402 and FlagConfigurationAnalyzer run
        /// concurrently in a build) wait for one read rather than each parsing the text.
        /// </summary>
        private static readonly ConditionalWeakTable<SourceText, Lazy<ConfigurationFile>> ReadFiles = new();

        private readonly SourceText? _text;

        private ConfigurationFile(string path, SourceText text)
            : this(path, text.ToString())
        {
            _text = text;
        }

        /// <summary>The text read; in the analyzer every file is read from an AdditionalText (<see cref="Read"/>).</summary>
        public SourceText Text => _text ?? throw new InvalidOperationException("read from text, not from an AdditionalText");

        public static ConfigurationFile? Read(AdditionalText file, CancellationToken cancellationToken)
        {
            var text = file.GetText(cancellationToken);
            return text is null ? null : Read(file.Path, text);
        }

        /// <summary>The file at <paramref name="path"/> whose content is <paramref name="text"/>: a fix reads the text it is editing.</summary>
        public static ConfigurationFile Read(string path, SourceText text)
        {
            var read = ReadFiles.GetValue(text, key => new Lazy<ConfigurationFile>(() => new ConfigurationFile(path, key), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

            // The same text under another path (a linked file): its locations must name that path.
            return string.Equals(read.Path, path, StringComparison.Ordinal) ? read : new ConfigurationFile(path, text);
        }

        public Location GetLocation(TextSpan span) => Location.Create(Path, span, Text.Lines.GetLinePositionSpan(span));

        /// <summary>The file's line and column of <paramref name="span"/>, as messages write it: <c>appsettings.json(3,5)</c>.</summary>
        public string Describe(TextSpan span)
        {
            var position = Text.Lines.GetLinePosition(span.Start);
            return FileName + "(" + (position.Line + 1).ToString(CultureInfo.InvariantCulture) + ","
                + (position.Character + 1).ToString(CultureInfo.InvariantCulture) + ")";
        }
    }
}
