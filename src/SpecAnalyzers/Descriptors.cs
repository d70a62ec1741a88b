using Microsoft.CodeAnalysis;

namespace SpecAnalyzers
{
    /// <summary>Every rule SpecAnalyzers reports, in one place. IDs are stable: never reuse or renumber one.</summary>
    internal static class Descriptors
    {
        /// <summary>Where the rule pages live; each descriptor links to <c>{HelpLinkBase}/SPECnnn.md</c>.</summary>
        public const string HelpLinkBase = "https://github.com/spec-analyzers/SpecAnalyzers/blob/main/docs/rules";

        private const string MissionCategory = "SpecAnalyzers.Mission";
        private const string ValidityCategory = "SpecAnalyzers.Validity";
        private const string UsageCategory = "SpecAnalyzers.Usage";
        private const string RigorCategory = "SpecAnalyzers.Rigor";
        private const string ConfigurationCategory = "SpecAnalyzers.Configuration";

        /// <summary>
        /// Marks a rule that reports information, not a finding (SPEC305's sample size): the strict preset leaves it at its
        /// default severity, since failing the build on every sized experiment would punish the spec for being complete.
        /// </summary>
        public const string InformationOnlyTag = "SpecAnalyzers.InformationOnly";

        // ---- SPEC0xx: the mission rules. Errors by default: a spec that lacks one fails the build. ----

        public static readonly DiagnosticDescriptor MissingHypothesis = Create(
            "SPEC001",
            "Spec has no hypothesis",
            "{0} has no hypothesis: add [Hypothesis(\"We believe … will … because …\")]",
            MissionCategory,
            DiagnosticSeverity.Error,
            "A feature flag or experiment must state what we believe it will do and why, so the result can prove or disprove something.");

        public static readonly DiagnosticDescriptor MissingSuccessMetric = Create(
            "SPEC002",
            "Spec has no success metric",
            "{0} has no success metric: add [SuccessMetric(typeof(…))] naming a [Metric] type",
            MissionCategory,
            DiagnosticSeverity.Error,
            "A feature flag or experiment must say how we will know it worked: a metric that has to move.");

        public static readonly DiagnosticDescriptor MissingOwner = Create(
            "SPEC003",
            "Spec has no owner",
            "{0} has no owner: add [Owner(\"team\")]",
            MissionCategory,
            DiagnosticSeverity.Error,
            "A feature flag or experiment must name who answers for it: who decides, and who removes the flag afterwards.");

        public static readonly DiagnosticDescriptor MissingTweakPlan = Create(
            "SPEC004",
            "Spec has no tweak-phase plan",
            "{0} has no tweak-phase plan: add [TweakPlan(\"…\", ReviewBy = \"yyyy-MM-dd\")]",
            MissionCategory,
            DiagnosticSeverity.Error,
            "A feature flag or experiment must say what happens after launch: what will be optimised or cut, and when it is reviewed.");

        public static readonly DiagnosticDescriptor PlaceholderMissionPart = Create(
            "SPEC005",
            "Mission part is only a placeholder",
            "{0}: the {1} '{2}' is {3}, so the spec still has no {1}",
            MissionCategory,
            DiagnosticSeverity.Error,
            "An owner, hypothesis or tweak plan that is empty or a placeholder (TODO, TBD, the code fixes' own templates), or a success metric that is an unfinished stub (its description still a placeholder), is not the part: the spec only looks complete. It fails the build like a missing part until a person writes it.");

        // ---- SPEC1xx: validity of the values a spec holds. ----

        public static readonly DiagnosticDescriptor PlaceholderText = Create(
            "SPEC101",
            "Spec text is empty or a placeholder",
            "{0}: the {1} '{2}' is {3}",
            ValidityCategory,
            DiagnosticSeverity.Warning,
            "A hypothesis's insight, a metric's unit or description, a goal's objective or key result that is empty or still a placeholder (TODO, TBD, ???, …) says nothing. A placeholder owner, hypothesis or tweak plan is reported by SPEC005 instead: the spec lacks the part.");

        public static readonly DiagnosticDescriptor NotAMetricOrGoal = Create(
            "SPEC102",
            "Metric or goal reference names a type that is not one",
            "{0}: the {1} '{2}' is not a [{3}] type",
            ValidityCategory,
            DiagnosticSeverity.Warning,
            "[SuccessMetric] and [GuardrailMetric] must name a type marked [Metric], and a hypothesis's Goal a type marked [Goal]; anything else measures nothing and links to nothing.");

        public static readonly DiagnosticDescriptor DuplicateKey = Create(
            "SPEC103",
            "Two specs share a key",
            "{0}: the key '{1}' is also the key of {2}",
            ValidityCategory,
            DiagnosticSeverity.Warning,
            "Two specs with one key switch together and mix their results: every flag and experiment needs a key of its own, across this project and the assemblies it references.",
            WellKnownDiagnosticTags.CompilationEnd);

        public static readonly DiagnosticDescriptor MalformedName = Create(
            "SPEC104",
            "Key or metric name is malformed",
            "{0}: the {1} '{2}' is malformed: {3}",
            ValidityCategory,
            DiagnosticSeverity.Warning,
            "Spec keys are lowercase kebab-case of at most 64 characters and metric names dot-separated lowercase snake_case, so that flag services, dashboards and searches find them spelled one way.");

        public static readonly DiagnosticDescriptor InvalidDate = Create(
            "SPEC105",
            "Date is not a real yyyy-MM-dd date",
            "{0}: {1} '{2}' is not a real date in the form yyyy-MM-dd",
            ValidityCategory,
            DiagnosticSeverity.Warning,
            "RemoveBy and ReviewBy are ISO dates (yyyy-MM-dd) that exist in the calendar; a date that cannot be read can never fall due, so nobody is reminded.");

        public static readonly DiagnosticDescriptor DatePassed = Create(
            "SPEC106",
            "Remove-by, review-by or adoption exemption date has passed",
            "{0}: {1} (reference date {2}): {3}",
            ValidityCategory,
            DiagnosticSeverity.Warning,
            "A flag past its RemoveBy date is flag debt, and a tweak plan past its ReviewBy date has gone unreviewed. An adopted spec whose adoption exemption has ended meets every mission rule again, and the build says why. The reference date is configurable so that old commits keep building.");

        public static readonly DiagnosticDescriptor UnknownOwner = Create(
            "SPEC107",
            "Owner is not in the owners registry",
            "{0}: the owner '{1}' is not in the owners registry ({2})",
            ValidityCategory,
            DiagnosticSeverity.Warning,
            "An owner must be a team or person the organisation knows (an owners list or CODEOWNERS given as an AdditionalFile), or nobody will answer for the spec when it matters.");

        public static readonly DiagnosticDescriptor PartOnNonSpec = Create(
            "SPEC108",
            "Spec part on a type that is not a spec",
            "[{0}] on '{1}' has no effect: '{1}' is not marked [FeatureFlag] or [Experiment]",
            ValidityCategory,
            DiagnosticSeverity.Warning,
            "Owner, hypothesis, metrics and tweak plan only mean something on a spec; on any other type they are read by nobody, usually because the spec attribute was forgotten or the part was put on the wrong type.");

        // ---- SPEC2xx: flag evaluations at call sites. ----

        public static readonly DiagnosticDescriptor UndeclaredFlagKey = Create(
            "SPEC201",
            "Evaluated flag key is not declared by any spec",
            "Flag key '{0}' is not declared by any spec{1}",
            UsageCategory,
            DiagnosticSeverity.Warning,
            "Every flag library returns 'disabled' for a key it does not know, so a typo silently turns a feature off. Each key evaluated in code must be declared by a [FeatureFlag] or [Experiment] spec in the compilation or its references.");

        public static readonly DiagnosticDescriptor NonConstantFlagKey = Create(
            "SPEC202",
            "Evaluated flag key is not a compile-time constant",
            "Flag key {0} is not a compile-time constant, so it cannot be checked against the specs: {1}",
            UsageCategory,
            DiagnosticSeverity.Info,
            "A key read from a field, a parameter or a computation cannot be checked against the declared specs. Pass a constant, preferably the spec's own Key constant.");

        public static readonly DiagnosticDescriptor RetiredFlagEvaluated = Create(
            "SPEC203",
            "Retired flag is still evaluated",
            "{0} is retired but still evaluated: {1}",
            UsageCategory,
            DiagnosticSeverity.Warning,
            "A retired spec records a decision that has been made; code that still evaluates the flag keeps a dead path alive. Remove the evaluation and keep the path the outcome chose.");

        public static readonly DiagnosticDescriptor UnevaluatedSpec = CreateOptIn(
            "SPEC204",
            "Spec is never evaluated",
            "{0} is not evaluated anywhere in this compilation",
            UsageCategory,
            DiagnosticSeverity.Info,
            "A spec that no code evaluates either was never wired up or has been removed from the code without being retired. Off by default: specs declared in a shared library are evaluated elsewhere.",
            WellKnownDiagnosticTags.CompilationEnd);

        public static readonly DiagnosticDescriptor FlagKeyLiteral = Create(
            "SPEC205",
            "Flag key repeats the spec's Key constant",
            "Flag key '{0}' is written out: use {1}",
            UsageCategory,
            DiagnosticSeverity.Info,
            "The spec exposes its key as a constant; evaluating the flag through that constant ties the call site to the spec, so renaming or retiring the spec finds every use.");

        public static readonly DiagnosticDescriptor KeyConstantMismatch = Create(
            "SPEC206",
            "Spec's Key constant differs from its key",
            "{0} has a Key constant '{1}' that is not its key: call sites passing it evaluate another flag",
            UsageCategory,
            DiagnosticSeverity.Warning,
            "Call sites evaluate a spec's flag through its Key constant; a constant holding another value sends every one of them to a flag the spec does not declare.");

        // ---- SPEC3xx: experiment rigor. ----

        public static readonly DiagnosticDescriptor MissingGuardrail = Create(
            "SPEC301",
            "Experiment at Ship or Tweak has no guardrail metric",
            "{0} is at {1} without a guardrail metric: add [GuardrailMetric(typeof(…), NonInferiorityMargin = …)]",
            RigorCategory,
            DiagnosticSeverity.Warning,
            "Once real users are exposed, an experiment needs a guardrail metric (crashes, latency, churn) with a non-inferiority margin, so that a win on the success metric cannot hide harm elsewhere.");

        public static readonly DiagnosticDescriptor InvalidRollout = Create(
            "SPEC302",
            "Rollout percentage out of range or missing at Ship",
            "{0}: {1}",
            RigorCategory,
            DiagnosticSeverity.Warning,
            "RolloutPercent is the share of users exposed, 0 to 100; an experiment at Ship must expose somebody, so it needs a RolloutPercent of at least 1.");

        public static readonly DiagnosticDescriptor StatisticOutOfRange = Create(
            "SPEC303",
            "Experiment statistics out of range",
            "{0}: {1}",
            RigorCategory,
            DiagnosticSeverity.Warning,
            "A minimum detectable effect or non-inferiority margin is a relative change strictly between 0 and 1, and a metric cannot be both what must move and what must not get worse.");

        public static readonly DiagnosticDescriptor HypothesisWithoutGoal = Create(
            "SPEC304",
            "Hypothesis not linked to a goal",
            "{0}: the hypothesis is not linked to a goal: add Goal = typeof(…) naming a [Goal] type",
            RigorCategory,
            DiagnosticSeverity.Info,
            "Linking a hypothesis to the goal (OKR) it serves keeps the thoughtful execution tree whole: goal, insight, problem, hypothesis, solution.");

        public static readonly DiagnosticDescriptor SampleSize = Create(
            "SPEC305",
            "Experiment sample size and duration",
            "{0} needs {1} users in the treatment, for {2}: {3} days at {4}% of {5} eligible users a day",
            RigorCategory,
            DiagnosticSeverity.Info,
            "From the metrics' baselines, the minimum detectable effects and non-inferiority margins, the rollout and the eligible traffic: how many users the treatment needs for the experiment's tests to reach their power (alpha 0.05 and power 0.8 unless configured), and how many days that takes.",
            InformationOnlyTag);

        public static readonly DiagnosticDescriptor SampleSizeOutOfReach = Create(
            "SPEC306",
            "Experiment cannot reach its sample size in its planned window",
            "{0} needs {1} users in the treatment, {2} days at {3}%, but its window is {4} days ({5} to {6}): {7}",
            RigorCategory,
            DiagnosticSeverity.Warning,
            "An experiment that cannot collect its sample before the tweak plan's review (or the remove-by date) ends without an answer: raise the rollout, allow more time, or aim for a larger effect.");

        public static readonly DiagnosticDescriptor ImpossiblePowerInput = Create(
            "SPEC307",
            "Experiment power input is impossible",
            "{0}: {1}",
            RigorCategory,
            DiagnosticSeverity.Warning,
            "A rate baseline lies strictly between 0 and 1, a treatment rate cannot pass 0 or 1, and traffic and standard deviations are positive: with any other value no sample size exists.");

        // ---- SPEC4xx: the flag configuration (appsettings.json and other JSON files) against the specs. ----

        public static readonly DiagnosticDescriptor UndeclaredConfiguredFlag = Create(
            "SPEC401",
            "Configured flag is not declared by any spec",
            "Flag '{0}' is configured in {1} but no spec declares it{2}",
            ConfigurationCategory,
            DiagnosticSeverity.Warning,
            "The configuration decides what runs, so every flag it configures needs a spec saying why it exists, who owns it and how its success is measured. Names compare ignoring case, as Microsoft.FeatureManagement compares them.");

        public static readonly DiagnosticDescriptor UnconfiguredSpec = Create(
            "SPEC402",
            "Live spec is not in the flag configuration",
            "{0} is at {1} but no flag configuration declares '{2}' ({3}): the flag is always off",
            ConfigurationCategory,
            DiagnosticSeverity.Warning,
            "Microsoft.FeatureManagement returns 'disabled' for a flag its configuration does not declare, so a spec at Build, Ship or Tweak that no configuration file declares is a feature nobody can turn on.");

        public static readonly DiagnosticDescriptor ConfiguredRolloutMismatch = Create(
            "SPEC403",
            "Experiment's rollout differs from the configured rollout",
            "{0}: RolloutPercent is {1} but {2} rolls out {3}% ({4})",
            ConfigurationCategory,
            DiagnosticSeverity.Warning,
            "The configuration decides how many users get the treatment; an experiment whose RolloutPercent says otherwise is sized, reported and reviewed on a share of users that is not the real one.");

        public static readonly DiagnosticDescriptor RetiredFlagConfigured = Create(
            "SPEC404",
            "Retired spec is still in the configuration",
            "{0} is {1} but flag '{2}' is still configured in {3}: remove the entry",
            ConfigurationCategory,
            DiagnosticSeverity.Warning,
            "A retired flag (or one past its RemoveBy date) that stays in the configuration keeps a switch alive that someone can flip; removing the entry finishes the cleanup.");

        public static readonly DiagnosticDescriptor InvalidFlagConfiguration = Create(
            "SPEC405",
            "Flag configuration is wrong",
            "{0}: {1}",
            ConfigurationCategory,
            DiagnosticSeverity.Warning,
            "A configuration that cannot be read, names a flag twice, allocates users impossibly, names a filter nobody registered or a time window that is over does not do what it says: the flag is off, or on for other users than intended.");

        public static readonly DiagnosticDescriptor ExperimentWithoutTelemetry = Create(
            "SPEC406",
            "Experiment's configuration does not enable telemetry",
            "{0} is configured in {1} without telemetry: {2}",
            ConfigurationCategory,
            DiagnosticSeverity.Warning,
            "Microsoft.FeatureManagement emits the evaluation events an experiment's analysis needs only for flags whose configuration sets telemetry.enabled; without them the results cannot be analysed.");

        private static DiagnosticDescriptor Create(
            string id,
            string title,
            string messageFormat,
            string category,
            DiagnosticSeverity severity,
            string description,
            params string[] customTags)
        {
            return Build(id, title, messageFormat, category, severity, description, isEnabledByDefault: true, customTags);
        }

        /// <summary>A rule that is off until a team turns it on (<c>dotnet_diagnostic.ID.severity</c> in .editorconfig).</summary>
        private static DiagnosticDescriptor CreateOptIn(
            string id,
            string title,
            string messageFormat,
            string category,
            DiagnosticSeverity severity,
            string description,
            params string[] customTags)
        {
            return Build(id, title, messageFormat, category, severity, description, isEnabledByDefault: false, customTags);
        }

        private static DiagnosticDescriptor Build(
            string id,
            string title,
            string messageFormat,
            string category,
            DiagnosticSeverity severity,
            string description,
            bool isEnabledByDefault,
            string[] customTags)
        {
            return new DiagnosticDescriptor(
                id,
                title,
                messageFormat,
                category,
                severity,
                isEnabledByDefault,
                description: description,
                helpLinkUri: HelpLinkBase + "/" + id + ".md",
                customTags: customTags);
        }
    }
}
