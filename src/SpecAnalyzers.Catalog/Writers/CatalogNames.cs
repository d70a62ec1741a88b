using SpecAnalyzers.Catalog.Model;

namespace SpecAnalyzers.Catalog.Writers
{
    /// <summary>How the catalog's files spell its enums: the C# names of the public API's enums, the schema's part names.</summary>
    internal static class CatalogNames
    {
        public static string Of(SpecKind kind) => kind == SpecKind.Experiment ? "experiment" : "feature-flag";

        public static string? Of(SpecPhase? phase) => phase?.ToString();

        public static string? Of(SpecOutcome? outcome) => outcome?.ToString();

        public static string? Of(MetricDirection? direction) => direction?.ToString();

        /// <summary>camelCase, as the JSON schema lists the parts (<c>successMetric</c>).</summary>
        public static string Of(SpecPart part)
        {
            var name = part.ToString();
            return char.ToLowerInvariant(name[0]) + name.Substring(1);
        }

        /// <summary>For people: "success metric", "tweak plan".</summary>
        public static string Describe(SpecPart part) => part switch
        {
            SpecPart.SuccessMetric => "success metric",
            SpecPart.TweakPlan => "tweak plan",
            SpecPart.GoalObjective => "goal objective",
            SpecPart.GoalKeyResult => "key result",
            SpecPart.GuardrailMetric => "guardrail metric",
            SpecPart.RolloutPercent => "rollout",
            SpecPart.MinimumDetectableEffect => "minimum detectable effect",
            SpecPart.NonInferiorityMargin => "non-inferiority margin",
            SpecPart.MetricName => "metric name",
            SpecPart.MetricUnit => "metric unit",
            SpecPart.MetricDescription => "metric description",
            SpecPart.RemoveBy => "RemoveBy",
            SpecPart.ReviewBy => "ReviewBy",
            SpecPart.AdoptionExemption => "adoption exemption",
            _ => part.ToString().ToLowerInvariant(),
        };
    }
}
