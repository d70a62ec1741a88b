using Microsoft.CodeAnalysis;

namespace SpecAnalyzers.Tests.ValidCode;

/// <summary>
/// Complete specs using every feature a spec can must get no diagnostic at all from any SpecAnalyzers analyzer,
/// Info and hidden included (the build of the project only fails on warnings and errors).
/// </summary>
public sealed class ValidCodeTests
{
    [Fact]
    public async Task ValidCodeProject_NoDiagnosticOfAnySeverity()
    {
        var compilation = await ValidCodeProject.CompileAsync();

        var diagnostics = await AnalyzerRunner.GetAnalyzerDiagnosticsAsync(compilation, AnalyzerRunner.AllAnalyzers, ValidCodeProject.Options);

        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task ValidCodeProject_CompilesAndUsesEverySpecFeature()
    {
        var compilation = await ValidCodeProject.CompileAsync();

        Assert.Empty(compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error));
        var attributes = compilation.SyntaxTrees
            .SelectMany(tree => tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.AttributeSyntax>())
            .Select(attribute => compilation.GetSemanticModel(attribute.SyntaxTree).GetTypeInfo(attribute).Type?.Name)
            .ToList();
        foreach (var attribute in new[]
                 {
                     nameof(FeatureFlagAttribute), nameof(ExperimentAttribute), nameof(OwnerAttribute), nameof(HypothesisAttribute),
                     nameof(SuccessMetricAttribute), nameof(GuardrailMetricAttribute), nameof(TweakPlanAttribute), nameof(MetricAttribute),
                     nameof(GoalAttribute), nameof(AdoptionExemptionAttribute),
                 })
        {
            Assert.Contains(attribute, attributes);
        }

        var source = string.Concat(compilation.SyntaxTrees.Select(tree => tree.ToString()));
        foreach (var feature in new[] { "Phase.Ship", "Phase.Tweak", "Phase.Build", "Phase.Think", "Phase.Retired", "Outcome.Shipped", "RolloutPercent",
                     "RemoveBy", "ReviewBy", "Goal = typeof", "Insight", "Unit =", "MinimumDetectableEffect", "NonInferiorityMargin",
                     "partial class", "record", "IsEnabledAsync" })
        {
            Assert.Contains(feature, source);
        }
    }
}
