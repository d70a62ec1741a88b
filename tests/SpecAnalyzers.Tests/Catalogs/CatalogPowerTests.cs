extern alias catalog;

using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SpecAnalyzers.Tests.Verifiers;
using catalog::SpecAnalyzers.Catalog;
using catalog::SpecAnalyzers.Catalog.Model;

namespace SpecAnalyzers.Tests.Catalogs;

/// <summary>
/// The power in each experiment's health: SPEC305's numbers, the window of SPEC306, SPEC307's impossible inputs,
/// with the spec_analyzers.* options the analyzers read for the spec's file. Same inputs, same numbers as the analyzer.
/// </summary>
public sealed class CatalogPowerTests
{
    private const string Metrics = """
        using SpecAnalyzers;

        namespace Music;

        [Metric("lyrics.share_rate", Baseline = 0.10)]
        public sealed class ShareRate { }

        [Metric("app.crash_rate", Direction = MetricDirection.Decrease, Baseline = 0.02)]
        public sealed class CrashRate { }

        [Metric("session.minutes", Baseline = 34, StandardDeviation = 21)]
        public sealed class SessionMinutes { }

        [Metric("broken.rate", Baseline = 1.5)]
        public sealed class BrokenRate { }
        """;

    [Theory]
    [InlineData(50, 57_760)]
    [InlineData(5, 30_992)]
    public void DesignsWorkedChecks(int rollout, double treatmentUsers)
    {
        var spec = ReadOne($$"""
            [Experiment("card", Phase = Phase.Ship, RolloutPercent = {{rollout}}, EligibleUsersPerDay = 80_000)]
            [SuccessMetric(typeof(ShareRate), MinimumDetectableEffect = 0.05)]
            public sealed class Card { }
            """);

        var estimate = spec.Health.Power!.Estimate!;
        Assert.Equal(treatmentUsers, estimate.TreatmentUsers);
        Assert.Equal("lyrics.share_rate", estimate.DrivingMetric);
        Assert.Equal(Math.Ceiling(treatmentUsers * 100 / (80_000.0 * rollout)), estimate.Days);
        Assert.Equal((0.05, 0.8), (spec.Health.Power.Alpha, spec.Health.Power.Power));
    }

    [Fact]
    public void AtFivePercent_TakesEightDays_AndFitsItsWindow()
    {
        var spec = ReadOne("""
            [Experiment("card", Phase = Phase.Ship, RolloutPercent = 5, EligibleUsersPerDay = 80_000)]
            [SuccessMetric(typeof(ShareRate), MinimumDetectableEffect = 0.05)]
            [TweakPlan("Tune", ReviewBy = "2026-07-01")]
            public sealed class Card { }
            """);

        var power = spec.Health.Power!;
        Assert.Equal(8, power.Estimate!.Days);
        Assert.Equal(new PlannedWindow("2026-07-01", 30, true, null), power.Window);
        Assert.False(power.IsUnderpowered);
    }

    [Fact]
    public void WindowTooShort_IsUnderpowered_WithTheRolloutThatFits()
    {
        var spec = ReadOne("""
            [Experiment("card", Phase = Phase.Ship, RolloutPercent = 5, EligibleUsersPerDay = 80_000, RemoveBy = "2026-06-05")]
            [SuccessMetric(typeof(ShareRate), MinimumDetectableEffect = 0.05)]
            public sealed class Card { }
            """);

        var power = spec.Health.Power!;
        Assert.Equal(("2026-06-05", 4.0, (bool?)false), (power.Window!.End, power.Window.Days, power.Window.Fits));
        Assert.NotNull(power.Window.RaisedRolloutPercent);
        Assert.True(power.Window.RaisedRolloutPercent > 5);
        Assert.True(power.IsUnderpowered);
        Assert.False(spec.Health.IsHealthy);
    }

    [Fact]
    public void ImpossibleInputs_LeaveNoEstimate_AndSayWhy()
    {
        var spec = ReadOne("""
            [Experiment("card", Phase = Phase.Ship, RolloutPercent = 5, EligibleUsersPerDay = 0)]
            [SuccessMetric(typeof(ShareRate), MinimumDetectableEffect = 0.05)]
            [GuardrailMetric(typeof(BrokenRate), NonInferiorityMargin = 0.01)]
            public sealed class Card { }
            """);

        var power = spec.Health.Power!;
        Assert.Null(power.Estimate);
        Assert.Equal(2, power.Impossible.Length);
        Assert.Contains(power.Impossible, problem => problem.StartsWith("EligibleUsersPerDay 0", StringComparison.Ordinal));
        Assert.Contains(power.Impossible, problem => problem.StartsWith("broken.rate: Baseline 1.5", StringComparison.Ordinal));
        Assert.True(power.IsUnderpowered);
    }

    [Fact]
    public void FlagsAndUnsizedExperiments_HaveNoPower()
    {
        var catalog = ReadAll("""
            [FeatureFlag("flag", Phase = Phase.Build)]
            public sealed class Flag { }

            [Experiment("no-traffic", Phase = Phase.Ship, RolloutPercent = 5)]
            [SuccessMetric(typeof(ShareRate), MinimumDetectableEffect = 0.05)]
            public sealed class NoTraffic { }

            [Experiment("retired", Phase = Phase.Retired, RolloutPercent = 5, EligibleUsersPerDay = 80_000)]
            [SuccessMetric(typeof(ShareRate), MinimumDetectableEffect = 0.05)]
            public sealed class Retired { }
            """);

        Assert.All(catalog.Specs, spec => Assert.Null(spec.Health.Power));
    }

    /// <summary>
    /// Options from a global config and from .editorconfig sections that differ by folder, read by Roslyn for the analyzer
    /// and by the catalog's own reader: every experiment's SPEC305 message carries the catalog's numbers.
    /// </summary>
    [Fact]
    public async Task SameInputs_SameNumbersAsTheAnalyzersSpec305()
    {
        using var product = new CompiledProduct();
        var editorConfig = product.Write(".editorconfig", """
            root = true

            [*.cs]
            spec_analyzers.eligible_users_per_day = 40_000 # a comment Roslyn drops

            [Specs/Strict/**.{cs,vb}]
            spec_analyzers.alpha = 0.01
            """);
        var nested = product.Write("Specs/Strict/Deep/.editorconfig", """
            [*.cs]
            spec_analyzers.power = 0.9
            """);
        var globalConfig = product.Write("team.globalconfig", """
            is_global = true
            spec_analyzers.power = 0.85
            """);
        var files = new Dictionary<string, string>
        {
            ["Metrics.cs"] = Metrics,
            ["Specs/Card.cs"] = Experiment("card", "Card", 5, "[SuccessMetric(typeof(ShareRate), MinimumDetectableEffect = 0.05)]"),
            ["Specs/Strict/Crash.cs"] = Experiment("crash", "Crash", 20, "[SuccessMetric(typeof(SessionMinutes), MinimumDetectableEffect = 0.03)] [GuardrailMetric(typeof(CrashRate), NonInferiorityMargin = 0.05)]"),
            ["Specs/Strict/Deep/Minutes.cs"] = Experiment("minutes", "Minutes", 50, "[SuccessMetric(typeof(SessionMinutes), MinimumDetectableEffect = 0.02)] [SuccessMetric(typeof(ShareRate), MinimumDetectableEffect = 0.1)]"),
        };
        product.Add("Product", files);

        var catalog = product.Read(context: new CatalogContext([], [globalConfig], product.Folder));
        var configs = new[] { (editorConfig, File.ReadAllText(editorConfig)), (nested, File.ReadAllText(nested)), (globalConfig, File.ReadAllText(globalConfig)) }
            .Select(file => AnalyzerConfig.Parse(file.Item2, file.Item1))
            .ToList();
        var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new ConfigSetOptions(AnalyzerConfigSet.Create(configs)));
        var diagnostics = await AnalyzerRunner.GetAnalyzerDiagnosticsAsync(product.Compilation("Product"), AnalyzerRunner.AllAnalyzers, options);
        var messages = diagnostics.Where(diagnostic => diagnostic.Id == "SPEC305").ToDictionary(diagnostic => Path.GetFileName(diagnostic.Location.SourceTree!.FilePath), diagnostic => diagnostic.GetMessage(CultureInfo.InvariantCulture));

        Assert.Equal(3, messages.Count);
        foreach (var (file, key) in new[] { ("Card.cs", "card"), ("Crash.cs", "crash"), ("Minutes.cs", "minutes") })
        {
            var estimate = Assert.Single(catalog.Specs, spec => spec.Key == key).Health.Power!.Estimate!;
            Assert.Contains(" needs " + Whole(estimate.TreatmentUsers) + " users in the treatment, for '" + estimate.DrivingMetric + "': ", messages[file]);
            Assert.EndsWith(": " + Whole(estimate.Days) + " days at " + estimate.RolloutPercent + "% of " + Whole(estimate.EligibleUsersPerDay) + " eligible users a day", messages[file]);
        }

        // The options did reach both: three different (alpha, power) pairs.
        Assert.Equal(
            [(0.05, 0.85), (0.01, 0.85), (0.01, 0.9)],
            new[] { "card", "crash", "minutes" }.Select(key => Assert.Single(catalog.Specs, spec => spec.Key == key).Health.Power!).Select(power => (power.Alpha, power.Power)));
    }

    private static string Experiment(string key, string type, int rollout, string metrics) => $$"""
        using SpecAnalyzers;

        namespace Music;

        [Experiment("{{key}}", Phase = Phase.Ship, RolloutPercent = {{rollout}})]
        {{metrics}}
        public sealed class {{type}} { }
        """;

    private static string Whole(double value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static CatalogSpec ReadOne(string specs) => Assert.Single(ReadAll(specs).Specs);

    private static SpecCatalog ReadAll(string specs)
    {
        using var product = new CompiledProduct();
        product.Add("Product", new Dictionary<string, string> { ["Metrics.cs"] = Metrics, ["Specs.cs"] = "using SpecAnalyzers;\n\nnamespace Music;\n\n" + specs });
        return product.Read(context: new CatalogContext([], [], product.Folder));
    }

    /// <summary>Options as the compiler computes them from .editorconfig files and global configs (Roslyn's own AnalyzerConfigSet).</summary>
    private sealed class ConfigSetOptions(AnalyzerConfigSet set) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(set.GlobalConfigOptions.AnalyzerOptions);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options(set.GetOptionsForSourcePath(tree.FilePath).AnalyzerOptions);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Options(set.GetOptionsForSourcePath(textFile.Path).AnalyzerOptions);

        private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }
}
