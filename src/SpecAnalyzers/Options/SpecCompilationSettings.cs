using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SpecAnalyzers.Configuration;
using SpecAnalyzers.Model;

namespace SpecAnalyzers.Options
{
    /// <summary>
    /// What the rules read about the compilation as a whole, settled once when it starts (the owners registry,
    /// today's date, the MSBuild reference date, the flag configuration), and the per-file options they read, parsed once per value.
    /// </summary>
    internal sealed class SpecCompilationSettings
    {
        public const string StaleGraceDaysOption = "stale_grace_days";

        private readonly AnalyzerOptions _options;
        private readonly ReferenceDateSetting _referenceDate;
        private readonly ConcurrentDictionary<string, PlaceholderWords> _placeholderWords = new(StringComparer.Ordinal);
        private readonly ReadOnce<FlagConfiguration> _flagConfiguration;
        private readonly ConcurrentDictionary<AnalyzerConfigOptions, PowerOptions> _powerOptions = new();

        private SpecCompilationSettings(AnalyzerOptions options, OwnersRegistry? owners, ReferenceDateSetting referenceDate)
        {
            _options = options;
            Owners = owners;
            _referenceDate = referenceDate;
            _flagConfiguration = new(cancellationToken => FlagConfiguration.Load(options, cancellationToken));
        }

        /// <summary>The owners registry; null when no registry file is an AdditionalFile (then SPEC107 is silent).</summary>
        public OwnersRegistry? Owners { get; }

        /// <summary>The flag configuration files and what each environment runs with; read on first need, once.</summary>
        public FlagConfiguration GetFlagConfiguration(CancellationToken cancellationToken) => _flagConfiguration.Get(cancellationToken);

        public static SpecCompilationSettings Create(AnalyzerOptions options, CancellationToken cancellationToken)
        {
            var owners = OwnersRegistry.Load(options.AdditionalFiles, cancellationToken);
            return new SpecCompilationSettings(options, owners, ReferenceDateSetting.Read(options, DateTime.UtcNow));
        }

        /// <summary>The date stale dates are measured against (see <see cref="ReferenceDateSetting"/>).</summary>
        public DateTime GetReferenceDate(SyntaxTree? tree) => _referenceDate.Get(_options, tree);

        /// <summary><c>spec_analyzers.stale_grace_days</c>: days a date may lie behind the reference date; 0 unless a whole number ≥ 0.</summary>
        public int GetStaleGraceDays(SyntaxTree? tree)
        {
            var value = SpecAnalyzerOptions.Get(_options, tree, StaleGraceDaysOption);
            return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var days) ? days : 0;
        }

        /// <summary><c>spec_analyzers.key_style</c>: how spec keys are spelled where <paramref name="tree"/> is.</summary>
        public KeyStyle GetKeyStyle(SyntaxTree? tree) => KeyStyle.Parse(SpecAnalyzerOptions.Get(_options, tree, KeyStyle.OptionName));

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
