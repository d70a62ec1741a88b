using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SpecAnalyzers.Model;

namespace SpecAnalyzers.Options
{
    /// <summary>
    /// The date taken as today, by the rules (SPEC106's stale dates) and the fixes (generated review dates) alike, so
    /// the two never disagree: the <c>SpecAnalyzersReferenceDate</c> MSBuild property for this build, else
    /// <c>spec_analyzers.reference_date</c> for the file, else today (UTC). An unreadable value counts as unset.
    /// </summary>
    internal sealed class ReferenceDateSetting
    {
        /// <summary>The <c>.editorconfig</c> setting, <c>spec_analyzers.reference_date</c>.</summary>
        public const string OptionName = "reference_date";

        /// <summary>The MSBuild property <c>SpecAnalyzersReferenceDate</c>, made visible by the package (buildTransitive/SpecAnalyzers.props).</summary>
        public const string BuildProperty = "build_property.SpecAnalyzersReferenceDate";

        private readonly DateTime? _buildDate;
        private readonly DateTime _today;

        public ReferenceDateSetting(DateTime? buildDate, DateTime utcNow)
        {
            _buildDate = buildDate;
            _today = utcNow.Date;
        }

        /// <summary>Reads the build property once; the per-file setting is read for each file asked about.</summary>
        public static ReferenceDateSetting Read(AnalyzerOptions options, DateTime utcNow)
        {
            options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(BuildProperty, out var buildValue);
            return new ReferenceDateSetting(IsoDate.TryParse(buildValue?.Trim(), out var buildDate) ? buildDate : null, utcNow);
        }

        /// <summary>The reference date for a file whose <c>spec_analyzers.reference_date</c> is <paramref name="optionValue"/>.</summary>
        public DateTime Resolve(string? optionValue) =>
            _buildDate ?? (IsoDate.TryParse(optionValue, out var date) ? date : _today);

        public DateTime Get(AnalyzerOptions options, SyntaxTree? tree) =>
            _buildDate ?? Resolve(SpecAnalyzerOptions.Get(options, tree, OptionName));
    }
}
