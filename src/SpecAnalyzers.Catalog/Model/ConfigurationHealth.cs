using System.Collections.Immutable;

namespace SpecAnalyzers.Catalog.Model
{
    /// <summary>
    /// A spec's flag configuration state, judged as the SPEC4xx rules judge it, from the configuration files of the
    /// project the catalog is built for (an app's configuration applies to the specs of the libraries it references).
    /// Only written when some configuration file has a flag section: without one the flags live elsewhere.
    /// </summary>
    /// <param name="Configured">Whether any environment's configuration declares the key (names ignore case, as Microsoft.FeatureManagement's do).</param>
    /// <param name="Environments">Each environment that declares it: the base files first, then each overlay by name.</param>
    /// <param name="Findings">What the SPEC402, SPEC403, SPEC404 and SPEC406 rules would say.</param>
    public sealed record ConfigurationHealth(
        bool Configured,
        ImmutableArray<ConfiguredEnvironment> Environments,
        ImmutableArray<ConfigurationFinding> Findings);

    /// <summary>
    /// How one environment runs a spec's flag. <paramref name="Environment"/> is null for the base files alone
    /// (<c>appsettings.json</c>), else the overlay's name (<c>Development</c>).
    /// </summary>
    /// <param name="File">The file whose entry decides the flag in this environment.</param>
    /// <param name="Schema"><c>microsoft</c> (<c>feature_management.feature_flags</c>) or <c>dotnet</c> (<c>FeatureManagement</c>).</param>
    /// <param name="Rollouts">The shares the configuration exposes (targeting, percentage filter, percentile allocation).</param>
    /// <param name="Telemetry">Whether <c>telemetry.enabled</c> is true (the .NET schema has none).</param>
    public sealed record ConfiguredEnvironment(string? Environment, string File, string Schema, ImmutableArray<ConfiguredShare> Rollouts, bool Telemetry);

    /// <param name="Source">What sets it, as SPEC403 names it: <c>Microsoft.Percentage's Value</c>.</param>
    public sealed record ConfiguredShare(double Percent, string Source);

    /// <summary>One thing a SPEC4xx rule would report about the spec: the rule, where (environment and file, when one is to blame) and what.</summary>
    public sealed record ConfigurationFinding(string Rule, string? Environment, string? File, string Message)
    {
        /// <summary>A live spec (Build, Ship, Tweak) no configuration declares: always off.</summary>
        public const string Unconfigured = "SPEC402";

        /// <summary>An experiment's RolloutPercent differs from the share the configuration exposes.</summary>
        public const string RolloutMismatch = "SPEC403";

        /// <summary>A retired (or past-RemoveBy) spec still in the configuration.</summary>
        public const string RetiredConfigured = "SPEC404";

        /// <summary>An experiment whose configuration does not enable telemetry.</summary>
        public const string NoTelemetry = "SPEC406";
    }
}
