using System.Collections.Immutable;

namespace SpecAnalyzers.CodeFixes
{
    /// <summary>
    /// Every code action SpecAnalyzers offers, in the order the rules come: the one source of README's "Fix offered"
    /// column and of each rule page's "Code fix" row (src/SpecAnalyzers.DocumentationGenerator writes both).
    /// A test keeps it in step with the fixers' <c>FixableDiagnosticIds</c> and with <see cref="EquivalenceKeys"/>.
    /// </summary>
    public static class CodeActionCatalog
    {
        public static ImmutableArray<CodeActionDescription> All { get; } = ImmutableArray.Create(
            Action("SPEC001", EquivalenceKeys.AddHypothesis, AddHypothesisCodeFix.Title, "add hypothesis template"),
            Action("SPEC002", EquivalenceKeys.GenerateSuccessMetricStub, SuccessMetricCodeFix.GenerateStubTitle, "generate a metric stub type and reference it"),
            Action("SPEC002", EquivalenceKeys.UseMetricPrefix, "Use metric 'name' (Type), for up to three fitting metrics", "or reference one of the three existing metrics most like the spec"),
            Action("SPEC003", EquivalenceKeys.AddOwner, AddOwnerCodeFix.Title, "add owner (default owner from config, else placeholder)"),
            Action("SPEC004", EquivalenceKeys.AddTweakPlan, AddTweakPlanCodeFix.Title, "add tweak plan template with a review date"),
            new CodeActionDescription(
                ImmutableArray.Create("SPEC001", "SPEC002", "SPEC003", "SPEC004"),
                EquivalenceKeys.AddAllMissingParts,
                AllMissingParts.Title,
                "with two or more missing, add them all at once (a second action, never the one `dotnet format` applies)"),
            Action("SPEC102", EquivalenceKeys.MarkAsMetric, "Mark 'X' as metric (X a class in the solution)", "mark the type as metric"),
            Action("SPEC201", EquivalenceKeys.UseDeclaredKeyPrefix, "Use declared key 'x', for up to three close keys", "use the nearest declared key"),
            Action("SPEC201", EquivalenceKeys.DeclareFeatureFlag, "Declare feature flag 'x' (on the first-install summary: for each of the N undeclared keys)", "declare a feature flag spec for a new key, in any key style; Fix All declares every key, one file per spec (on a first install, each with an adoption exemption)"),
            Action("SPEC201", EquivalenceKeys.DeclareExperiment, "Declare experiment 'x'", "or an experiment spec"),
            new CodeActionDescription(
                ImmutableArray.Create("SPEC202", "SPEC205"),
                EquivalenceKeys.UseKeyConstant,
                "Use Spec.Key (when the key traces to a spec with a `Key` constant)",
                "use the spec's `Key` constant"),
            Action("SPEC203", EquivalenceKeys.RemoveRetiredFlag, "Remove flag 'x', keep the enabled path (`Outcome.Shipped`) / keep the disabled path (`Outcome.RolledBack`)", "remove the flag, keep the path its `Outcome` chose; with its last evaluation, its configuration entries go too"),
            Action("SPEC301", EquivalenceKeys.GenerateGuardrailMetricStub, GuardrailMetricCodeFix.GenerateStubTitle, "generate a guardrail metric stub type and reference it"),
            Action("SPEC301", EquivalenceKeys.UseGuardrailMetricPrefix, "Use metric 'name' (Type) as guardrail, for up to three fitting metrics", "or reference one of the three existing metrics most like a guardrail"),
            Action("SPEC306", EquivalenceKeys.RaiseRollout, "Raise RolloutPercent to n%", "raise `RolloutPercent` to the smallest whole percent that fits (none when even 100% does not)"),
            Action("SPEC401", EquivalenceKeys.DeclareConfiguredFeatureFlag, "Declare feature flag 'Name'", "declare a spec for it, with the configured spelling"),
            Action("SPEC401", EquivalenceKeys.DeclareConfiguredExperiment, "Declare experiment 'Name'", "or an experiment spec"),
            Action("SPEC403", EquivalenceKeys.UseConfiguredRollout, "Use the configured rollout: RolloutPercent = n", "use the configured value on the spec"),
            Action("SPEC404", EquivalenceKeys.RemoveConfigurationEntry, "Remove the entry from appsettings.json", "remove the configuration entry, keeping the file's comments and layout"),
            Action("SPEC406", EquivalenceKeys.EnableTelemetry, "Enable telemetry in appsettings.json", "enable telemetry on the experiment's entry"),
            Action(GenerateMetricCodeFix.TypeNotFoundId, EquivalenceKeys.GenerateMetric, "Generate metric 'X'", "declare the metric a `[SuccessMetric]` / `[GuardrailMetric]` names but nobody wrote"));

        /// <summary>The actions offered on diagnostic <paramref name="ruleId"/>, in catalog order.</summary>
        public static ImmutableArray<CodeActionDescription> For(string ruleId) =>
            All.RemoveAll(action => !action.RuleIds.Contains(ruleId));

        private static CodeActionDescription Action(string ruleId, string equivalenceKey, string title, string offers) =>
            new(ImmutableArray.Create(ruleId), equivalenceKey, title, offers);
    }
}
