namespace SpecAnalyzers.CodeFixes
{
    /// <summary>
    /// The equivalence keys of every SpecAnalyzers code action, in one scheme: <c>RULE.Action</c>, with the action's
    /// argument after a colon where one rule offers the action several times (<c>SPEC002.UseMetric:T:Music.CrashRate</c>).
    /// Fix All applies the action with the same key everywhere, and tests and tools pick an action by it.
    /// What each action does is in <see cref="CodeActionCatalog"/>.
    /// </summary>
    public static class EquivalenceKeys
    {
        /// <summary>SPEC001: add a hypothesis template.</summary>
        public const string AddHypothesis = "SPEC001.AddHypothesis";

        /// <summary>SPEC001–SPEC004 on a spec lacking two parts or more: add every part it lacks (the second action of the fix for its first missing part).</summary>
        public const string AddAllMissingParts = "SPEC001.AddAllMissingParts";

        /// <summary>SPEC002: generate a success metric stub next to the spec and reference it.</summary>
        public const string GenerateSuccessMetricStub = "SPEC002.GenerateMetricStub";

        /// <summary>SPEC002: reference an existing metric; the key goes on with the metric's documentation ID.</summary>
        public const string UseMetricPrefix = "SPEC002.UseMetric:";

        /// <summary>SPEC003: add an owner.</summary>
        public const string AddOwner = "SPEC003.AddOwner";

        /// <summary>SPEC004: add a tweak plan template with a review date.</summary>
        public const string AddTweakPlan = "SPEC004.AddTweakPlan";

        /// <summary>SPEC102: mark the class a metric reference names as a metric.</summary>
        public const string MarkAsMetric = "SPEC102.MarkAsMetric";

        /// <summary>SPEC201: evaluate the nearest declared key instead; the key goes on with that key.</summary>
        public const string UseDeclaredKeyPrefix = "SPEC201.UseDeclaredKey:";

        /// <summary>SPEC201: the key is new: declare a feature flag spec for it.</summary>
        public const string DeclareFeatureFlag = "SPEC201.DeclareFeatureFlag";

        /// <summary>SPEC201: the key is new: declare an experiment spec for it.</summary>
        public const string DeclareExperiment = "SPEC201.DeclareExperiment";

        /// <summary>SPEC203: remove the retired flag's evaluation, keeping the path its outcome chose.</summary>
        public const string RemoveRetiredFlag = "SPEC203.RemoveRetiredFlag";

        /// <summary>SPEC205 (and SPEC202): evaluate the flag through the spec's <c>Key</c> constant.</summary>
        public const string UseKeyConstant = "SPEC205.UseKeyConstant";

        /// <summary>SPEC301: generate a guardrail metric stub next to the experiment and reference it.</summary>
        public const string GenerateGuardrailMetricStub = "SPEC301.GenerateMetricStub";

        /// <summary>SPEC301: reference an existing metric as guardrail; the key goes on with the metric's documentation ID.</summary>
        public const string UseGuardrailMetricPrefix = "SPEC301.UseMetric:";

        /// <summary>The compiler's CS0246 in <c>[SuccessMetric(typeof(X))]</c> or <c>[GuardrailMetric(typeof(X))]</c>: declare metric X.</summary>
        public const string GenerateMetric = "CS0246.GenerateMetric";

        /// <summary>SPEC306: raise RolloutPercent to the smallest whole percent whose sample fits the planned window.</summary>
        public const string RaiseRollout = "SPEC306.RaiseRollout";

        /// <summary>SPEC401: declare a feature flag spec for a configured flag, with the configured spelling.</summary>
        public const string DeclareConfiguredFeatureFlag = "SPEC401.DeclareFeatureFlag";

        /// <summary>SPEC401: declare an experiment spec for a configured flag, with the configured spelling.</summary>
        public const string DeclareConfiguredExperiment = "SPEC401.DeclareExperiment";

        /// <summary>SPEC403: set the experiment's RolloutPercent to the rollout its configuration applies.</summary>
        public const string UseConfiguredRollout = "SPEC403.UseConfiguredValue";

        /// <summary>SPEC404: remove the retired flag's entry from the configuration file.</summary>
        public const string RemoveConfigurationEntry = "SPEC404.RemoveConfigurationEntry";

        /// <summary>SPEC406: enable telemetry on the experiment's configuration entry.</summary>
        public const string EnableTelemetry = "SPEC406.EnableTelemetry";

        /// <summary>The key of "Use metric" for the metric type with documentation ID <paramref name="metricDocumentationId"/> (<c>T:Music.LyricsShareRate</c>).</summary>
        public static string UseMetric(string metricDocumentationId) => UseMetricPrefix + metricDocumentationId;

        /// <summary>The key of "Use metric … as guardrail" for the metric type with documentation ID <paramref name="metricDocumentationId"/>.</summary>
        public static string UseGuardrailMetric(string metricDocumentationId) => UseGuardrailMetricPrefix + metricDocumentationId;
    }
}
