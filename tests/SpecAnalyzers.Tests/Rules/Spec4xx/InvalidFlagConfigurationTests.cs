using SpecAnalyzers.Tests.Configuration;

namespace SpecAnalyzers.Tests.Rules.Spec4xx;

/// <summary>SPEC405: the configuration itself is wrong; reported on the JSON token that is.</summary>
public sealed class InvalidFlagConfigurationTests
{
    private const string Rule = "SPEC405";
    private const string AppSettings = "/0/appsettings.json";

    private static readonly string[] NoSpecs = ["public sealed class Nothing { }"];

    [Fact]
    public Task ValidFilesOfBothSchemas_NoDiagnostic() =>
        ConfigurationTest.VerifyAsync(Rule, NoSpecs, [
            (AppSettings, ConfigurationSamples.DotnetSchema.Replace("\"2027-01-01T00:00:00Z\"", "\"2099-01-01T00:00:00Z\"")),
            ("/0/appsettings.Development.json", ConfigurationSamples.MicrosoftSchema)]);

    [Fact]
    public Task UnreadableJson_ReportedWhereReadingStopped() =>
        ConfigurationTest.VerifyAsync(Rule, NoSpecs, [(AppSettings, """
            {
              // a comment is fine
              "FeatureManagement": { "Beta": {|#0:tru|} }
            }
            """)],
            ConfigurationTest.Diagnostic(Rule).WithLocation(0).WithArguments("appsettings.json",
                "cannot be read: a value expected: a string in double quotes, a number, an object, an array, true, false or null"));

    [Fact]
    public Task KeyWrittenTwiceIgnoringCase_IsUnreadableAsDotnetRefusesIt() =>
        ConfigurationTest.VerifyAsync(Rule, NoSpecs, [(AppSettings, """
            { "FeatureManagement": { "Beta": true, {|#0:"beta"|}: false } }
            """)],
            ConfigurationTest.Diagnostic(Rule).WithLocation(0).WithArguments("appsettings.json",
                "cannot be read: the key 'Beta' is written twice (names ignore case): .NET refuses the file"));

    [Fact]
    public Task DuplicateId_ReportedOnTheEntriesThatAreIgnored() =>
        ConfigurationTest.VerifyAsync(Rule, NoSpecs, [(AppSettings, """
            {
              "feature_management": {
                "feature_flags": [
                  { "id": {|#0:"Beta"|}, "enabled": true },
                  { "id": "beta", "enabled": false },
                ]
              }
            }
            """)],
            ConfigurationTest.Diagnostic(Rule).WithLocation(0).WithArguments("appsettings.json",
                "the flag id 'Beta' is declared again at appsettings.json(5,15), and only that last entry counts: remove one of them"));

    [Fact]
    public Task FlagInBothSchemas_AcrossFiles_ReportedOnTheIgnoredDotnetEntry() =>
        ConfigurationTest.VerifyAsync(Rule, NoSpecs, [
            (AppSettings, """{ "feature_management": { "feature_flags": [ { "id": "NewCheckout", "enabled": true } ] } }"""),
            ("/0/appsettings.Development.json", """{ "FeatureManagement": { {|#0:"newcheckout"|}: false } }""")],
            ConfigurationTest.Diagnostic(Rule).WithLocation(0).WithArguments("appsettings.Development.json",
                "the flag 'newcheckout' is also in feature_management.feature_flags (appsettings.json(1,54)), which Microsoft.FeatureManagement reads first: this entry is ignored; keep one schema"));

    [Fact]
    public Task FlagInBothSchemas_InDifferentEnvironments_NoDiagnostic() =>
        ConfigurationTest.VerifyAsync(Rule, NoSpecs, [
            (AppSettings, """{ "Logging": { } }"""),
            ("/0/appsettings.Staging.json", """{ "feature_management": { "feature_flags": [ { "id": "NewCheckout", "enabled": true } ] } }"""),
            ("/0/appsettings.Development.json", """{ "FeatureManagement": { "NewCheckout": false } }""")]);

    [Theory]
    [InlineData("Microsoft.Percentage", "\"Value\": {|#0:150|}", "the Microsoft.Percentage Value 150")]
    [InlineData("Percentage", "\"Value\": {|#0:-1|}", "the Microsoft.Percentage Value -1")]
    [InlineData("Microsoft.Targeting", "\"Audience\": { \"DefaultRolloutPercentage\": {|#0:\"lots\"|} }", "Audience.DefaultRolloutPercentage lots")]
    [InlineData("targeting", "\"Audience\": { \"Groups\": [ { \"Name\": \"Ring0\", \"RolloutPercentage\": {|#0:101|} } ] }", "a group's RolloutPercentage 101")]
    public Task PercentageOutOfRange_ReportedOnTheValue(string filter, string parameters, string described) =>
        ConfigurationTest.VerifyAsync(Rule, NoSpecs, [(AppSettings, $$"""
            { "FeatureManagement": { "Beta": { "EnabledFor": [ { "Name": "{{filter}}", "Parameters": { {{parameters}} } } ] } } }
            """)],
            ConfigurationTest.Diagnostic(Rule).WithLocation(0).WithArguments("appsettings.json",
                $"the flag 'Beta' has {described}: a percentage is a number from 0 to 100"));

    [Fact]
    public Task PercentileRangesReversedOrOverlapping_AndUndefinedVariants() =>
        ConfigurationTest.VerifyAsync(Rule, NoSpecs, [(AppSettings, """
            {
              "feature_management": {
                "feature_flags": [
                  {
                    "id": "lyrics-card-share",
                    "variants": [ { "name": "Off" }, { "name": "On" } ],
                    "allocation": {
                      "percentile": [
                        { "variant": "Off", "from": 0, "to": 60 },
                        {|#0:{ "variant": "On", "from": 50, "to": 100 }|},
                        {|#1:{ "variant": "On", "from": 90, "to": 80 }|},
                        { "variant": {|#2:"on"|}, "from": 100, "to": 100 }
                      ],
                      "default_when_enabled": {|#3:"Control"|}
                    }
                  }
                ]
              }
            }
            """)],
            ConfigurationTest.Diagnostic(Rule).WithLocation(0).WithArguments("appsettings.json",
                "the flag 'lyrics-card-share' has percentile ranges that overlap (0–60 and 50–100): the users in both get only one variant"),
            ConfigurationTest.Diagnostic(Rule).WithLocation(1).WithArguments("appsettings.json",
                "the flag 'lyrics-card-share' has a percentile range from 90 to 80, which is reversed: nobody gets 'On'"),
            ConfigurationTest.Diagnostic(Rule).WithLocation(2).WithArguments("appsettings.json",
                "the flag 'lyrics-card-share' allocates users to the variant 'on', which its variants do not define: they get no variant"),
            ConfigurationTest.Diagnostic(Rule).WithLocation(3).WithArguments("appsettings.json",
                "the flag 'lyrics-card-share' allocates users to the variant 'Control', which its variants do not define: they get no variant"));

    [Fact]
    public Task UnregisteredFilter_Reported_CustomFiltersWithFilterAliasOrClassNameAreKnown() =>
        ConfigurationTest.VerifyAsync(Rule, ["""
            using System.Threading.Tasks;
            using Microsoft.FeatureManagement;

            [FilterAlias("MyOrg.Beta")]
            public sealed class BetaTesters : IFeatureFilter
            {
                public Task<bool> EvaluateAsync(FeatureFilterEvaluationContext context) => Task.FromResult(true);
            }

            public sealed class BrowserFilter : IFeatureFilter
            {
                public Task<bool> EvaluateAsync(FeatureFilterEvaluationContext context) => Task.FromResult(true);
            }
            """], [(AppSettings, """
            {
              "FeatureManagement": {
                "A": { "EnabledFor": [ { "Name": "beta" }, { "Name": "MyOrg.Beta" }, { "Name": "Browser" }, { "Name": "AlwaysOn" } ] },
                "B": { "EnabledFor": [ { "Name": {|#0:"PercentageFilter"|} }, { "Name": {|#1:"Other.Beta"|} }, { "Name": {|#2:"BrowserFilter"|} } ] }
              }
            }
            """)],
            Unregistered(0, "PercentageFilter"),
            Unregistered(1, "Other.Beta"),
            Unregistered(2, "BrowserFilter"));

    [Fact]
    public Task CustomFilters_FoundThroughBaseClassesPartsNestingAndRecords_InterfacesAndAbstractClassesAreNot() =>
        ConfigurationTest.VerifyAsync(Rule, ["""
            using System.Threading.Tasks;
            using Microsoft.FeatureManagement;

            public abstract class WorkdayFilterBase : IFeatureFilter
            {
                public Task<bool> EvaluateAsync(FeatureFilterEvaluationContext context) => Task.FromResult(true);
            }

            public interface ICustomFilter : IFeatureFilter { }

            [FilterAlias("Geo.Country")]
            public partial class RegionFilter
            {
                public Task<bool> EvaluateAsync(FeatureFilterEvaluationContext context) => Task.FromResult(true);
            }
            """, """
            public partial class RegionFilter : Microsoft.FeatureManagement.IFeatureFilter { }
            """, """
            namespace Org.Flags;

            public sealed class WeekendFilter : WorkdayFilterBase { }

            public static class Filters
            {
                public sealed record NestedFilter : Microsoft.FeatureManagement.IFeatureFilter
                {
                    public System.Threading.Tasks.Task<bool> EvaluateAsync(Microsoft.FeatureManagement.FeatureFilterEvaluationContext context) =>
                        System.Threading.Tasks.Task.FromResult(true);
                }
            }
            """], [(AppSettings, """
            {
              "FeatureManagement": {
                "A": { "EnabledFor": [ { "Name": "Weekend" }, { "Name": "Geo.Country" }, { "Name": "Nested" } ] },
                "B": { "EnabledFor": [ { "Name": {|#0:"WorkdayFilterBase"|} }, { "Name": {|#1:"ICustom"|} }, { "Name": {|#2:"Region"|} } ] }
              }
            }
            """)],
            Unregistered(0, "WorkdayFilterBase"),
            Unregistered(1, "ICustom"),
            Unregistered(2, "Region"));

    [Fact]
    public Task TimeWindowOver_ReportedOnEnd_AgainstTheReferenceDate() =>
        ConfigurationTest.VerifyAsync(Rule, NoSpecs, [(AppSettings, $$"""
            {
              "FeatureManagement": {
                "Sale": { "EnabledFor": [ { "Name": "TimeWindow", "Parameters": { "End": {|#0:"Sun, 01 Mar 2026 00:00:00 GMT"|} } } ] },
                "Weekly": { "EnabledFor": [ { "Name": "Microsoft.TimeWindow", "Parameters": { "End": "2026-03-01", "Recurrence": { "Pattern": { "Type": "Daily" } } } } ] },
                "Later": { "EnabledFor": [ { "Name": "Microsoft.TimeWindow", "Parameters": { "End": "2026-11-02T00:00:00Z" } } ] }
              }
            }
            """)],
            ConfigurationTest.Diagnostic(Rule).WithLocation(0).WithArguments("appsettings.json",
                $"the flag 'Sale' has a Microsoft.TimeWindow that ended on 2026-03-01 (reference date {TestReferences.ReferenceDate}): the flag is off; remove the filter or the flag"));

    [Fact]
    public Task OtherJsonFiles_AreNotRead() =>
        ConfigurationTest.VerifyAsync(Rule, NoSpecs, [("/0/package.json", "{ not json")]);

    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Unregistered(int location, string name) =>
        ConfigurationTest.Diagnostic(Rule).WithLocation(location).WithArguments("appsettings.json",
            $"the flag 'B' names the filter '{name}', which no filter answers to (built in: Microsoft.Targeting, Microsoft.Percentage, Microsoft.TimeWindow; or a class with [FilterAlias]): the library fails evaluating it");
}
