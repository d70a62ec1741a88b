using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SpecAnalyzers.Catalog.Model;
using SpecAnalyzers.Rules;

namespace SpecAnalyzers.Catalog.Writers
{
    /// <summary>A spec's configuration state and power in words, as the Markdown and HTML pages show them (numbers as SPEC305 writes them).</summary>
    internal static class ProjectFactsText
    {
        public const string Unconfigured = "unconfigured";
        public const string Misconfigured = "misconfigured";
        public const string Underpowered = "underpowered";

        public static IEnumerable<string> Problems(SpecHealth health)
        {
            foreach (var finding in health.Configuration?.Findings ?? Enumerable.Empty<ConfigurationFinding>())
            {
                yield return finding.Message + Where(finding);
            }

            if (health.Power is not { } power)
            {
                yield break;
            }

            if (power.Estimate is { } estimate && power.Window is { Fits: false } window)
            {
                yield return "underpowered: " + Needs(estimate) + ", more than the " + PowerNumbers.Whole(window.Days) + " days until " + window.End
                    + (window.RaisedRolloutPercent is { } raised ? " (a rollout of " + raised.ToString(CultureInfo.InvariantCulture) + "% fits)" : " (no rollout fits)");
            }

            foreach (var problem in power.Impossible)
            {
                yield return "impossible power input: " + problem;
            }
        }

        /// <summary>The chips of the HTML page's attention list that these facts add.</summary>
        public static IEnumerable<string> Categories(SpecHealth health)
        {
            if (health.IsUnconfigured)
            {
                yield return Unconfigured;
            }

            if (health.Configuration?.Findings.Any(finding => finding.Rule != ConfigurationFinding.Unconfigured) == true)
            {
                yield return Misconfigured;
            }

            if (health.Power?.IsUnderpowered == true)
            {
                yield return Underpowered;
            }
        }

        /// <summary>"needs 57,760 users in treatment, 8 days".</summary>
        public static string Needs(CatalogPowerEstimate estimate) =>
            "needs " + PowerNumbers.Whole(estimate.TreatmentUsers) + " users in treatment, " + PowerNumbers.Whole(estimate.Days) + (estimate.Days == 1 ? " day" : " days");

        /// <summary>"at 5% of 80,000 eligible users a day (lyrics.share_rate needs the most)".</summary>
        public static string Basis(CatalogPowerEstimate estimate) =>
            "at " + estimate.RolloutPercent.ToString(CultureInfo.InvariantCulture) + "% of " + PowerNumbers.Whole(estimate.EligibleUsersPerDay)
            + " eligible users a day (" + estimate.DrivingMetric + " needs the most)";

        /// <summary>
        /// Per environment, the file and what it exposes: "appsettings.json: 5%, telemetry on; Development
        /// (appsettings.Development.json): 20%, telemetry off" for an experiment, "appsettings.json" for a flag that is
        /// simply listed; "not configured" when no environment declares it.
        /// </summary>
        public static string Configuration(ConfigurationHealth configuration, SpecKind kind)
        {
            if (!configuration.Configured)
            {
                return "not configured";
            }

            return string.Join("; ", configuration.Environments.Select(environment =>
            {
                var facts = environment.Rollouts.Select(rollout => rollout.Percent.ToString(CultureInfo.InvariantCulture) + "%").ToList();
                if (kind == SpecKind.Experiment)
                {
                    facts.Add("telemetry " + (environment.Telemetry ? "on" : "off"));
                }

                var where = environment.Environment is { } name ? name + " (" + environment.File + ")" : environment.File;
                return facts.Count == 0 ? where : where + ": " + string.Join(", ", facts);
            }));
        }

        private static string Where(ConfigurationFinding finding) =>
            finding.File is { } file ? " (" + (finding.Environment is { } environment ? environment + ", " : string.Empty) + file + ")" : string.Empty;
    }
}
