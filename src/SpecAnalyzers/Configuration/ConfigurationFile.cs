using System;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SpecAnalyzers.Configuration.Json;

namespace SpecAnalyzers.Configuration
{
    /// <summary>
    /// One JSON configuration file as .NET configuration reads it: its keys (<see cref="Root"/>), or why it cannot be
    /// read (<see cref="Error"/>: bad JSON, a root that is not an object, a key written twice). Read once per file
    /// content: the result is kept with the <see cref="SourceText"/> (the IDE and the compiler hand out the same text
    /// object while the file is unchanged), never per compilation, type or keystroke.
    /// </summary>
    internal sealed class ConfigurationFile
    {
        private static readonly ConditionalWeakTable<SourceText, ConfigurationFile> ReadFiles = new();

        private ConfigurationFile(string path, SourceText text)
        {
            Path = path;
            FileName = System.IO.Path.GetFileName(path);
            Text = text;
            var document = JsonParser.Parse(text.ToString());
            if (document.Error is { } error)
            {
                Error = error;
            }
            else if (document.Root is not JsonObject root)
            {
                Error = new JsonError("a configuration file holds one JSON object, '{ … }'", document.Root!.Span);
            }
            else
            {
                var node = new ConfigurationNode(string.Empty, this, root.Span, root.Span);
                Error = ConfigurationTreeBuilder.Fill(node, root, this);
                Root = Error is null ? node : null;
            }

            if (Root is not null)
            {
                DeclaresFlags = FlagReader.HasFlagSection(Root);
                Flags = FlagReader.ReadMicrosoft(Root).AddRange(FlagReader.ReadDotnet(Root));
            }
        }

        public string Path { get; }

        /// <summary>As messages name the file: <c>appsettings.Development.json</c>.</summary>
        public string FileName { get; }

        public SourceText Text { get; }

        /// <summary>The keys; null when the file cannot be read (<see cref="Error"/>).</summary>
        public ConfigurationNode? Root { get; }

        public JsonError? Error { get; }

        /// <summary>Whether the file has a flag section of either schema (<c>FeatureManagement</c> or <c>feature_management.feature_flags</c>).</summary>
        public bool DeclaresFlags { get; }

        /// <summary>The flags this file declares on its own: the Microsoft schema's, then the .NET schema's, each in file order.</summary>
        public ImmutableArray<ConfiguredFlag> Flags { get; } = ImmutableArray<ConfiguredFlag>.Empty;

        public static ConfigurationFile? Read(AdditionalText file, CancellationToken cancellationToken)
        {
            var text = file.GetText(cancellationToken);
            return text is null ? null : Read(file.Path, text);
        }

        /// <summary>The file at <paramref name="path"/> whose content is <paramref name="text"/>: a fix reads the text it is editing.</summary>
        public static ConfigurationFile Read(string path, SourceText text)
        {
            var read = ReadFiles.GetValue(text, key => new ConfigurationFile(path, key));

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
