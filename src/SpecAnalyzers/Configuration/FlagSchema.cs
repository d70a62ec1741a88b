namespace SpecAnalyzers.Configuration
{
    /// <summary>The two ways Microsoft.FeatureManagement reads flags from configuration.</summary>
    internal enum FlagSchema
    {
        /// <summary><c>feature_management.feature_flags[]</c>: flags with <c>id</c>, variants, allocation and telemetry.</summary>
        Microsoft,

        /// <summary><c>FeatureManagement: { "Name": true | false | { "EnabledFor": […] } }</c>.</summary>
        Dotnet,
    }
}
