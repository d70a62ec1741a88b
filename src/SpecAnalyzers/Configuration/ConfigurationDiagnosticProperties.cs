namespace SpecAnalyzers.Configuration
{
    /// <summary>What the SPEC4xx diagnostics tell their code fixes.</summary>
    internal static class ConfigurationDiagnosticProperties
    {
        /// <summary>SPEC403: the share the configuration rolls out, invariant culture (<c>20</c>, <c>12.5</c>).</summary>
        public const string ConfiguredPercent = "ConfiguredPercent";

        /// <summary>SPEC406: the path of the configuration file whose flag entry lacks telemetry.</summary>
        public const string ConfigurationFile = "ConfigurationFile";

        /// <summary>SPEC406: where that entry (a <c>feature_flags</c> item) starts in the file, invariant culture.</summary>
        public const string EntryStart = "EntryStart";
    }
}
