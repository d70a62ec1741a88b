using System;
using System.Globalization;
using Microsoft.CodeAnalysis;
using SpecAnalyzers.Model;
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
        /// The date taken as today (<c>yyyy-MM-dd</c>), so generated review dates are reproducible; the stale-date rule
        /// (SPEC106) compares against the same date, resolved in one place (<see cref="ReferenceDateSetting"/>).
        /// </summary>
        public const string ReferenceDateName = ReferenceDateSetting.OptionName;

        /// <summary>The date (<c>yyyy-MM-dd</c>) the adoption declare writes into <c>[AdoptionExemption]</c>: the team's deadline.</summary>
        public const string AdoptionExemptionUntilName = "adoption_exemption_until";

        /// <summary>
        /// <c>true</c>: the declare fixes (SPEC201, SPEC401) write every new spec as adopted, as the first-install summary's
        /// fix does; for a project that adopts while it already has or references specs. Off by default: new specs meet
        /// every rule.
        /// </summary>
        public const string DeclareAsAdoptedName = "declare_as_adopted";

        /// <summary>How many days after today an adoption exemption ends when the team has not written a date.</summary>
        public const int DefaultAdoptionExemptionDays = 90;

        public const string DateFormat = "yyyy-MM-dd";

        public SpecFixOptions(string? defaultOwner, int reviewAfterDays, DateTime today, DateTime? adoptionExemptionUntil = null, bool declaresAsAdopted = false)
        {
            DeclaresAsAdopted = declaresAsAdopted;
            DefaultOwner = defaultOwner;
            ReviewAfterDays = reviewAfterDays;
            Today = today.Date;
            AdoptionExemptionUntilDate = adoptionExemptionUntil ?? Today.AddDays(DefaultAdoptionExemptionDays);
        }

        public string? DefaultOwner { get; }

        public int ReviewAfterDays { get; }

        public DateTime Today { get; }

        /// <summary>When an adopted spec's exemption ends: the configured date, else <see cref="DefaultAdoptionExemptionDays"/> after today.</summary>
        public DateTime AdoptionExemptionUntilDate { get; }

        /// <summary>Whether every declared spec is written as adopted (<see cref="DeclareAsAdoptedName"/>).</summary>
        public bool DeclaresAsAdopted { get; }

        /// <summary><see cref="AdoptionExemptionUntilDate"/> as the attribute writes it.</summary>
        public string AdoptionExemptionUntil => AdoptionExemptionUntilDate.ToString(DateFormat, CultureInfo.InvariantCulture);

        /// <summary>The owner a fix writes: the configured default owner, else the placeholder.</summary>
        public string Owner => DefaultOwner ?? SpecPartTemplates.Owner;

        /// <summary>The <c>ReviewBy</c> date a generated tweak plan carries.</summary>
        public string ReviewBy => Today.AddDays(ReviewAfterDays).ToString(DateFormat, CultureInfo.InvariantCulture);

        public static SpecFixOptions Read(Document document, SyntaxTree tree)
        {
            var options = document.Project.AnalyzerOptions;
            return Create(name => SpecAnalyzerOptions.Get(options, tree, name), ReferenceDateSetting.Read(options, DateTime.UtcNow));
        }

        /// <summary>
        /// Builds the options from a setting reader; values that do not parse fall back to the defaults (the
        /// analyzers report malformed dates, a fix should still work).
        /// </summary>
        public static SpecFixOptions Create(Func<string, string?> getOption, ReferenceDateSetting referenceDate)
        {
            var days = int.TryParse(getOption(ReviewAfterDaysName), NumberStyles.None, CultureInfo.InvariantCulture, out var parsedDays) && parsedDays > 0
                ? parsedDays
                : SpecPartTemplates.DefaultReviewAfterDays;
            var until = IsoDate.TryParse(getOption(AdoptionExemptionUntilName)?.Trim(), out var parsedUntil) ? parsedUntil : (DateTime?)null;
            var asAdopted = string.Equals(getOption(DeclareAsAdoptedName)?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
            return new SpecFixOptions(getOption(DefaultOwnerName), days, referenceDate.Resolve(getOption(ReferenceDateName)), until, asAdopted);
        }
    }
}
