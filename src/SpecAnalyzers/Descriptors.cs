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

        // ---- SPEC1xx: validity of the values a spec holds. ----

        // ---- SPEC2xx: flag evaluations at call sites. ----

        // ---- SPEC3xx: experiment rigor. ----

        private static DiagnosticDescriptor Create(
            string id,
            string title,
            string messageFormat,
            string category,
            DiagnosticSeverity severity,
            string description,
            params string[] customTags)
        {
            return new DiagnosticDescriptor(
                id,
                title,
                messageFormat,
                category,
                severity,
                isEnabledByDefault: true,
                description: description,
                helpLinkUri: HelpLinkBase + "/" + id + ".md",
                customTags: customTags);
        }
    }
}
