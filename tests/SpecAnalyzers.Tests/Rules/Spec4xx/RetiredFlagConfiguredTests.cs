namespace SpecAnalyzers.Tests.Rules.Spec4xx;

/// <summary>SPEC404: a retired or past-RemoveBy spec still in the configuration; on the entry's name in the JSON.</summary>
public sealed class RetiredFlagConfiguredTests
{
    private const string Rule = "SPEC404";
    private const string AppSettings = "/0/appsettings.json";
    private const string Retired = "Feature flag 'old-player' (OldPlayer)";

    private const string Specs = """
        using SpecAnalyzers;

        [FeatureFlag("old-player", Phase = Phase.Retired, Outcome = Outcome.Shipped)]
        public sealed partial class OldPlayer { }

        [FeatureFlag("NewCheckout", Phase = Phase.Ship, RemoveBy = "2026-06-30")]
        public sealed class NewCheckout { }

        [FeatureFlag("dark-mode", Phase = Phase.Build, RemoveBy = "2027-06-30")]
        public sealed class DarkMode { }
        """;

    [Fact]
    public Task LiveSpecsInTheConfiguration_NoDiagnostic() =>
        ConfigurationTest.VerifyAsync(Rule, [Specs], [(AppSettings, """{ "FeatureManagement": { "dark-mode": true } }""")]);

    [Fact]
    public Task RetiredInDotnetSchema_ReportedOnItsKey() =>
        ConfigurationTest.VerifyAsync(Rule, [Specs], [(AppSettings, """
            {
              "FeatureManagement": {
                // kept "just in case"
                {|#0:"old-player"|}: true,
              }
            }
            """)],
            ConfigurationTest.Diagnostic(Rule).WithLocation(0).WithArguments(Retired, "retired", "old-player", "appsettings.json"));

    [Fact]
    public Task RetiredInMicrosoftSchema_WithOtherCase_ReportedOnItsId() =>
        ConfigurationTest.VerifyAsync(Rule, [Specs], [(AppSettings, """
            { "feature_management": { "feature_flags": [ { "id": {|#0:"Old-Player"|}, "enabled": false } ] } }
            """)],
            ConfigurationTest.Diagnostic(Rule).WithLocation(0).WithArguments(Retired, "retired", "Old-Player", "appsettings.json"));

    [Fact]
    public Task PastRemoveBy_Reported_WithTheReferenceDate() =>
        ConfigurationTest.VerifyAsync(Rule, [Specs], [(AppSettings, """{ "FeatureManagement": { {|#0:"newcheckout"|}: true } }""")],
            ConfigurationTest.Diagnostic(Rule).WithLocation(0).WithArguments(
                "Feature flag 'NewCheckout' (NewCheckout)", "past its RemoveBy date 2026-06-30 (reference date 2026-11-01)", "newcheckout", "appsettings.json"));

    [Fact]
    public Task PastRemoveByWithinGrace_NoDiagnostic()
    {
        var test = ConfigurationTest.Create(Rule, [Specs], (AppSettings, """{ "FeatureManagement": { "NewCheckout": true } }"""));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\nspec_analyzers.stale_grace_days = 200\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task RetiredInBaseAndOverlay_ReportedInEachFile() =>
        ConfigurationTest.VerifyAsync(Rule, [Specs], [
            (AppSettings, """{ "FeatureManagement": { {|#0:"old-player"|}: true } }"""),
            ("/0/appsettings.Production.json", """{ "FeatureManagement": { {|#1:"OLD-PLAYER"|}: false } }""")],
            ConfigurationTest.Diagnostic(Rule).WithLocation(0).WithArguments(Retired, "retired", "old-player", "appsettings.json"),
            ConfigurationTest.Diagnostic(Rule).WithLocation(1).WithArguments(Retired, "retired", "OLD-PLAYER", "appsettings.Production.json"));

    [Fact]
    public Task RetiredSpecNotConfigured_NoDiagnostic() =>
        ConfigurationTest.VerifyAsync(Rule, [Specs], [(AppSettings, """{ "Logging": { "LogLevel": { "Default": "Warning" } } }""")]);

    [Fact]
    public Task RetiredPhaseInAnotherPartialFile_StillCounts() =>
        ConfigurationTest.VerifyAsync(Rule, [Specs, """
            using SpecAnalyzers;
            [Owner("player-squad")]
            public sealed partial class OldPlayer { }
            """], [(AppSettings, """{ "FeatureManagement": { {|#0:"old-player"|}: { "EnabledFor": [ { "Name": "Percentage", "Parameters": { "Value": 5 } } ] } } }""")],
            ConfigurationTest.Diagnostic(Rule).WithLocation(0).WithArguments(Retired, "retired", "old-player", "appsettings.json"));
}
