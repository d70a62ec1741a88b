namespace SpecAnalyzers.CodeFixes
{
    /// <summary>
    /// The equivalence keys of the SpecAnalyzers code actions: Fix All applies the action with the same key
    /// everywhere, and tests and tools pick an action by it.
    /// </summary>
    public static class EquivalenceKeys
    {
        /// <summary>SPEC001: add a hypothesis template.</summary>
        public const string AddHypothesis = "SpecAnalyzers.AddHypothesis";

        /// <summary>SPEC002: generate a success metric stub next to the spec and reference it.</summary>
        public const string GenerateSuccessMetricStub = "SpecAnalyzers.GenerateSuccessMetricStub";

        /// <summary>SPEC002: reference an existing metric; the key goes on with the metric's documentation ID.</summary>
        public const string UseMetricPrefix = "SpecAnalyzers.UseMetric:";

        /// <summary>SPEC003: add an owner.</summary>
        public const string AddOwner = "SpecAnalyzers.AddOwner";

        /// <summary>SPEC004: add a tweak plan template with a review date.</summary>
        public const string AddTweakPlan = "SpecAnalyzers.AddTweakPlan";

        /// <summary>SPEC301: generate a guardrail metric stub next to the experiment and reference it.</summary>
        public const string GenerateGuardrailMetricStub = "SpecAnalyzers.GenerateGuardrailMetricStub";

        /// <summary>SPEC301: reference an existing metric as guardrail; the key goes on with the metric's documentation ID.</summary>
        public const string UseGuardrailMetricPrefix = "SpecAnalyzers.UseGuardrailMetric:";

        /// <summary>SPEC001–SPEC004: add every part a spec lacks.</summary>
        public const string AddAllMissingParts = "SpecAnalyzers.AddAllMissingParts";

        /// <summary>CS0246 in <c>[SuccessMetric(typeof(X))]</c> or <c>[GuardrailMetric(typeof(X))]</c>: declare metric X.</summary>
        public const string GenerateMetric = "SpecAnalyzers.GenerateMetric";

        /// <summary>The key of "Use metric" for the metric type with documentation ID <paramref name="metricDocumentationId"/> (<c>T:Music.LyricsShareRate</c>).</summary>
        public static string UseMetric(string metricDocumentationId) => UseMetricPrefix + metricDocumentationId;

        /// <summary>The key of "Use metric … as guardrail" for the metric type with documentation ID <paramref name="metricDocumentationId"/>.</summary>
        public static string UseGuardrailMetric(string metricDocumentationId) => UseGuardrailMetricPrefix + metricDocumentationId;
    }
}
