using System;
using System.Globalization;
using Microsoft.CodeAnalysis;
using SpecAnalyzers.Options;
using SpecAnalyzers.Templates;

namespace SpecAnalyzers.CodeFixes
{
    /// <summary>
    /// The <c>spec_analyzers.*</c> settings the fixes honour, read from <c>.editorconfig</c> (or the global config)
    /// for the file being fixed.
    /// </summary>
    internal sealed class SpecFixOptions
    {
        /// <summary>The owner <c>[Owner]</c> is written with; the placeholder when unset.</summary>
        public const string DefaultOwnerName = "default_owner";

        /// <summary>How many days after today a generated <c>ReviewBy</c> falls.</summary>
        public const string ReviewAfterDaysName = "review_after_days";

        /// <summary>
        /// The date taken as today (<c>yyyy-MM-dd</c>), so generated review dates are reproducible. It is meant to be
        /// the one setting the stale-date rule (SPEC106) compares against too, so old commits still build.
        /// </summary>
        public const string ReferenceDateName = "reference_date";

        public const string DateFormat = "yyyy-MM-dd";

        public SpecFixOptions(string? defaultOwner, int reviewAfterDays, DateTime today)
        {
            DefaultOwner = defaultOwner;
            ReviewAfterDays = reviewAfterDays;
            Today = today.Date;
        }

        public string? DefaultOwner { get; }

        public int ReviewAfterDays { get; }

        public DateTime Today { get; }

        /// <summary>The owner a fix writes: the configured default owner, else the placeholder.</summary>
        public string Owner => DefaultOwner ?? SpecPartTemplates.Owner;

        /// <summary>The <c>ReviewBy</c> date a generated tweak plan carries.</summary>
        public string ReviewBy => Today.AddDays(ReviewAfterDays).ToString(DateFormat, CultureInfo.InvariantCulture);

        public static SpecFixOptions Read(Document document, SyntaxTree tree) =>
            Create(name => SpecAnalyzerOptions.Get(document.Project.AnalyzerOptions, tree, name), DateTime.UtcNow);

        /// <summary>
        /// Builds the options from a setting reader; values that do not parse fall back to the defaults (the
        /// analyzers report malformed dates, a fix should still work).
        /// </summary>
        public static SpecFixOptions Create(Func<string, string?> getOption, DateTime utcNow)
        {
            var days = int.TryParse(getOption(ReviewAfterDaysName), NumberStyles.None, CultureInfo.InvariantCulture, out var parsedDays) && parsedDays > 0
                ? parsedDays
                : SpecPartTemplates.DefaultReviewAfterDays;
            var today = DateTime.TryParseExact(getOption(ReferenceDateName), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var referenceDate)
                ? referenceDate
                : utcNow;
            return new SpecFixOptions(getOption(DefaultOwnerName), days, today);
        }
    }
}
