using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SpecAnalyzers.Model;

namespace SpecAnalyzers.Options
{
    /// <summary>
    /// What the rules read about the compilation as a whole, settled once when it starts (the owners registry,
    /// today's date, the MSBuild reference date), and the per-file options they read, parsed once per value.
    /// </summary>
    internal sealed class SpecCompilationSettings
    {
        public const string ReferenceDateOption = "reference_date";

        public const string StaleGraceDaysOption = "stale_grace_days";

        /// <summary>The MSBuild property <c>SpecAnalyzersReferenceDate</c>, made visible by the package (buildTransitive/SpecAnalyzers.props).</summary>
        public const string ReferenceDateBuildProperty = "build_property.SpecAnalyzersReferenceDate";

        private readonly AnalyzerOptions _options;
        private readonly DateTime _today;
        private readonly DateTime? _buildReferenceDate;
        private readonly ConcurrentDictionary<string, PlaceholderWords> _placeholderWords = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<AnalyzerConfigOptions, PowerOptions> _powerOptions = new();

        private SpecCompilationSettings(AnalyzerOptions options, OwnersRegistry? owners, DateTime today, DateTime? buildReferenceDate)
        {
            _options = options;
            Owners = owners;
            _today = today;
            _buildReferenceDate = buildReferenceDate;
        }

        /// <summary>The owners registry; null when no registry file is an AdditionalFile (then SPEC107 is silent).</summary>
        public OwnersRegistry? Owners { get; }

        public static SpecCompilationSettings Create(AnalyzerOptions options, CancellationToken cancellationToken)
        {
            var owners = OwnersRegistry.Load(options.AdditionalFiles, cancellationToken);
            options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(ReferenceDateBuildProperty, out var buildDate);
            DateTime? buildReferenceDate = IsoDate.TryParse(buildDate?.Trim(), out var date) ? date : null;
            return new SpecCompilationSettings(options, owners, DateTime.UtcNow.Date, buildReferenceDate);
        }

        /// <summary>
        /// The date stale dates are measured against: the <c>SpecAnalyzersReferenceDate</c> MSBuild property for
        /// this build, else <c>spec_analyzers.reference_date</c>, else today (UTC). An unreadable value counts as unset.
        /// </summary>
        public DateTime GetReferenceDate(SyntaxTree? tree)
        {
            if (_buildReferenceDate is { } buildDate)
            {
                return buildDate;
            }

            return IsoDate.TryParse(SpecAnalyzerOptions.Get(_options, tree, ReferenceDateOption), out var date) ? date : _today;
        }

        /// <summary><c>spec_analyzers.stale_grace_days</c>: days a date may lie behind the reference date; 0 unless a whole number ≥ 0.</summary>
        public int GetStaleGraceDays(SyntaxTree? tree)
        {
            var value = SpecAnalyzerOptions.Get(_options, tree, StaleGraceDaysOption);
            return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var days) ? days : 0;
        }

        /// <summary>
        /// <c>spec_analyzers.alpha</c>, <c>power</c> and <c>eligible_users_per_day</c> for <paramref name="tree"/>: read once
        /// per set of options in this compilation (files under one <c>.editorconfig</c> section share one).
        /// </summary>
        public PowerOptions GetPowerOptions(SyntaxTree? tree)
        {
            var provider = _options.AnalyzerConfigOptionsProvider;
            var scope = tree is null ? provider.GlobalOptions : provider.GetOptions(tree);
            return _powerOptions.GetOrAdd(scope, _ => PowerOptions.Parse(
                SpecAnalyzerOptions.Get(_options, tree, PowerOptions.AlphaOption),
                SpecAnalyzerOptions.Get(_options, tree, PowerOptions.PowerOption),
                SpecAnalyzerOptions.Get(_options, tree, PowerOptions.EligibleUsersPerDayOption)));
        }

        public PlaceholderWords GetPlaceholderWords(SyntaxTree? tree)
        {
            var value = SpecAnalyzerOptions.Get(_options, tree, PlaceholderWords.OptionName);
            return value is null ? PlaceholderWords.Default : _placeholderWords.GetOrAdd(value, PlaceholderWords.Parse);
        }
    }
}
