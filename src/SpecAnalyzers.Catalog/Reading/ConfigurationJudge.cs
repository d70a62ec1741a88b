using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using SpecAnalyzers.Catalog.Model;
using SpecAnalyzers.Configuration;
using SpecAnalyzers.Model;

namespace SpecAnalyzers.Catalog.Reading
{
    /// <summary>
    /// Judges a spec against the project's flag configuration as the SPEC4xx rules do (UnconfiguredSpecRule,
    /// ConfiguredRolloutRule, RetiredFlagConfiguredRule, ExperimentWithoutTelemetryRule), over the configuration those
    /// rules read (<see cref="FlagConfiguration"/>, the same code). Staleness is judged without
    /// <c>spec_analyzers.stale_grace_days</c>, as the rest of the catalog's health.
    /// </summary>
    internal sealed class ConfigurationJudge
    {
        private readonly FlagConfiguration _configuration;
        private readonly DateTime _referenceDate;

        public ConfigurationJudge(FlagConfiguration configuration, DateTime referenceDate)
        {
            _configuration = configuration;
            _referenceDate = referenceDate;
        }

        /// <summary>Null when no configuration file has a flag section: the rules are silent then, and so is the catalog.</summary>
        public ConfigurationHealth? Judge(CatalogSpec spec)
        {
            if (!_configuration.DeclaresFlags || spec.Key.Length == 0)
            {
                return null;
            }

            var environments = ImmutableArray.CreateBuilder<ConfiguredEnvironment>();
            var findings = ImmutableArray.CreateBuilder<ConfigurationFinding>();
            var isLiveExperiment = spec.Kind == SpecKind.Experiment && spec.Phase != SpecPhase.Retired;
            var reportedRollouts = new HashSet<ConfigurationNode>();
            var telemetryReported = false;
            foreach (var (environment, flag) in _configuration.Find(spec.Key))
            {
                var rollouts = ImmutableArray.CreateBuilder<ConfiguredShare>();
                foreach (var rollout in ConfiguredRollout.Of(flag))
                {
                    rollouts.Add(new ConfiguredShare(rollout.Percent, rollout.Source));
                    if (isLiveExperiment && spec.RolloutPercent is { } declared && Math.Abs(rollout.Percent - declared) > 1e-9 && reportedRollouts.Add(rollout.Node))
                    {
                        findings.Add(new ConfigurationFinding(
                            ConfigurationFinding.RolloutMismatch,
                            environment.Name,
                            rollout.Node.File.FileName,
                            "RolloutPercent is " + Text(declared) + " but " + rollout.Source + " is " + Text(rollout.Percent)));
                    }
                }

                if (isLiveExperiment && !flag.IsTelemetryEnabled && !telemetryReported)
                {
                    telemetryReported = true;
                    findings.Add(new ConfigurationFinding(
                        ConfigurationFinding.NoTelemetry,
                        environment.Name,
                        flag.NameNode.File.FileName,
                        flag.Schema == FlagSchema.Dotnet
                            ? "telemetry is off: the FeatureManagement schema has none; declare it in feature_management.feature_flags with telemetry enabled"
                            : "telemetry is off: its results cannot be analysed"));
                }

                environments.Add(new ConfiguredEnvironment(
                    environment.Name,
                    flag.NameNode.File.FileName,
                    flag.Schema == FlagSchema.Microsoft ? "microsoft" : "dotnet",
                    rollouts.ToImmutable(),
                    flag.IsTelemetryEnabled));
            }

            if (environments.Count == 0 && spec.Phase is SpecPhase.Build or SpecPhase.Ship or SpecPhase.Tweak)
            {
                findings.Add(new ConfigurationFinding(
                    ConfigurationFinding.Unconfigured,
                    null,
                    null,
                    "no configuration declares it (" + _configuration.FileNames + "): the flag is always off"));
            }

            AddRetiredEntries(spec, findings);
            return new ConfigurationHealth(environments.Count > 0, environments.ToImmutable(), findings.ToImmutable());
        }

        /// <summary>SPEC404 reads each file's own entries: every one left is an entry to remove.</summary>
        private void AddRetiredEntries(CatalogSpec spec, ImmutableArray<ConfigurationFinding>.Builder findings)
        {
            if (Ended(spec) is not { } ended)
            {
                return;
            }

            foreach (var file in _configuration.Files)
            {
                foreach (var flag in file.Flags)
                {
                    if (string.Equals(flag.Name, spec.Key, StringComparison.OrdinalIgnoreCase))
                    {
                        findings.Add(new ConfigurationFinding(ConfigurationFinding.RetiredConfigured, null, file.FileName, ended + ", still configured as '" + flag.Name + "'"));
                    }
                }
            }
        }

        private string? Ended(CatalogSpec spec)
        {
            if (spec.Phase == SpecPhase.Retired)
            {
                return "retired";
            }

            return IsoDate.TryParse(spec.RemoveBy, out var removeBy) && removeBy < _referenceDate ? "past its RemoveBy date " + spec.RemoveBy : null;
        }

        private static string Text(double percent) => percent.ToString(CultureInfo.InvariantCulture) + "%";
    }
}
