using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SpecAnalyzers.Catalog.Model;

namespace SpecAnalyzers.Catalog.Writers
{
    /// <summary>A spec's health in words, as the Markdown and HTML pages show it.</summary>
    internal static class HealthText
    {
        public static IEnumerable<string> Problems(CatalogSpec spec)
        {
            var health = spec.Health;
            foreach (var part in health.Missing)
            {
                yield return "no " + CatalogNames.Describe(part);
            }

            foreach (var finding in health.Placeholders)
            {
                yield return (SpecHealth.IsMissionPart(finding.Part) ? "hollow " : "placeholder ") + CatalogNames.Describe(finding.Part)
                    + About(finding) + (string.IsNullOrWhiteSpace(finding.Value) ? " (empty)" : ": \"" + finding.Value + "\"");
            }

            foreach (var finding in health.Stale)
            {
                yield return finding.Part == SpecPart.AdoptionExemption
                    ? "adoption exemption ended on " + finding.Value + ": the mission rules apply"
                    : CatalogNames.Describe(finding.Part) + " " + finding.Value + " has passed";
            }

            foreach (var finding in health.Invalid)
            {
                yield return "invalid " + CatalogNames.Describe(finding.Part) + About(finding) + (finding.Value is null ? " (unreadable)" : ": " + finding.Value);
            }

            foreach (var problem in ProjectFactsText.Problems(health))
            {
                yield return problem;
            }

            if (spec.AdoptionExemption is { Ended: false } exemption)
            {
                yield return "adopted: exempt from the mission rules until " + (exemption.Until ?? "(unreadable)");
            }
        }

        /// <summary>Whether the page lists the spec under "needs attention" (an ended adoption exemption is a stale date).</summary>
        public static bool NeedsAttention(CatalogSpec spec) => !spec.Health.IsHealthy;

        /// <summary>The chips a spec shows on the page: its attention categories, then its adoption badge.</summary>
        public static IEnumerable<string> Chips(CatalogSpec spec) =>
            AdoptionBadge(spec) is { } badge ? Categories(spec.Health).Append(badge) : Categories(spec.Health);

        /// <summary>The badge of an adopted spec: "adopted" while its exemption holds, "lapsed" once it has ended; else null.</summary>
        private static string? AdoptionBadge(CatalogSpec spec) => spec.AdoptionExemption switch
        {
            null => null,
            { Ended: true } => "lapsed",
            _ => "adopted",
        };

        /// <summary>The attention categories of the HTML page: missing, hollow, stale, unowned, invalid, unclear, unconfigured, misconfigured, underpowered.</summary>
        public static IEnumerable<string> Categories(SpecHealth health)
        {
            if (!health.Missing.IsEmpty)
            {
                yield return "missing";
            }

            if (health.IsHollow)
            {
                yield return "hollow";
            }

            if (!health.Stale.IsEmpty)
            {
                yield return "stale";
            }

            if (health.IsUnowned)
            {
                yield return "unowned";
            }

            if (!health.Invalid.IsEmpty)
            {
                yield return "invalid";
            }

            if (health.Placeholders.Any(finding => !SpecHealth.IsMissionPart(finding.Part)))
            {
                yield return "unclear";
            }

            foreach (var category in ProjectFactsText.Categories(health))
            {
                yield return category;
            }
        }

        /// <summary>A relative margin as a percentage: 0.02 → "2%", 0.001 → "0.1%".</summary>
        public static string Percent(double fraction) =>
            (fraction * 100).ToString("0.###", CultureInfo.InvariantCulture) + "%";

        private static string About(HealthFinding finding) => finding.Subject is { } subject ? " of " + subject : string.Empty;
    }
}
