namespace SpecAnalyzers.Configuration
{
    /// <summary>What the SPEC4xx diagnostics tell their code fixes.</summary>
    internal static class ConfigurationDiagnosticProperties
    {
        /// <summary>SPEC403: the share the configuration rolls out, invariant culture (<c>20</c>, <c>12.5</c>).</summary>
        public const string ConfiguredPercent = "ConfiguredPercent";
    }
}
