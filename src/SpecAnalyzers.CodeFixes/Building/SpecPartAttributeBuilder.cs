using System;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SpecAnalyzers.Model;
using SpecAnalyzers.Templates;

namespace SpecAnalyzers.CodeFixes.Building
{
    /// <summary>
    /// Builds the attributes of a spec — its declaration and each of its parts — as the fixes write them:
    /// templates that start with a placeholder (so SPEC101 keeps them flagged until a person fills them in),
    /// the configured default owner, a review date a configured number of days after today.
    /// </summary>
    internal sealed class SpecPartAttributeBuilder
    {
        /// <summary>
        /// The minimum detectable effect a generated success metric reference carries: a 2% relative change, a
        /// common first guess for product metrics. Smaller effects need many more users to detect.
        /// </summary>
        public const double DefaultMinimumDetectableEffect = 0.02;

        /// <summary>The non-inferiority margin a generated guardrail reference carries: at most 1% worse.</summary>
        public const double DefaultNonInferiorityMargin = 0.01;

        private readonly SpecFixOptions _options;

        public SpecPartAttributeBuilder(SpecFixOptions options)
        {
            _options = options;
        }

        /// <summary><c>[Owner("…")]</c> with the default owner, else the placeholder.</summary>
        public AttributeListSyntax Owner() =>
            SpecSyntax.AttributeList("Owner", SpecSyntax.Positional(SpecSyntax.String(_options.Owner)));

        /// <summary><c>[Hypothesis("TODO: We believe …")]</c>.</summary>
        public AttributeListSyntax Hypothesis() =>
            SpecSyntax.AttributeList("Hypothesis", SpecSyntax.Positional(SpecSyntax.String(SpecPartTemplates.Hypothesis)));

        /// <summary><c>[TweakPlan("TODO: …", ReviewBy = "yyyy-MM-dd")]</c>, reviewed the configured number of days from today.</summary>
        public AttributeListSyntax TweakPlan() => TweakPlan(_options.ReviewBy);

        /// <summary>
        /// An adopted spec's tweak plan: reviewed when its adoption exemption ends, so the template's review date never
        /// falls due (SPEC106) while the exemption still holds.
        /// </summary>
        public AttributeListSyntax AdoptedTweakPlan() => TweakPlan(_options.AdoptionExemptionUntil);

        /// <summary><c>[AdoptionExemption("yyyy-MM-dd")]</c> with the configured date (<c>spec_analyzers.adoption_exemption_until</c>).</summary>
        public AttributeListSyntax AdoptionExemption() =>
            SpecSyntax.AttributeList("AdoptionExemption", SpecSyntax.Positional(SpecSyntax.String(_options.AdoptionExemptionUntil)));

        private static AttributeListSyntax TweakPlan(string reviewBy) =>
            SpecSyntax.AttributeList(
                "TweakPlan",
                SpecSyntax.Positional(SpecSyntax.String(SpecPartTemplates.TweakPlan)),
                SpecSyntax.Named(SpecArgumentNames.ReviewBy, SpecSyntax.String(reviewBy)));

        /// <summary>The template of a part that is written as text: owner, hypothesis or tweak plan.</summary>
        public AttributeListSyntax Template(SpecAttributeKind kind) => kind switch
        {
            SpecAttributeKind.Owner => Owner(),
            SpecAttributeKind.Hypothesis => Hypothesis(),
            SpecAttributeKind.TweakPlan => TweakPlan(),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a text part of a spec."),
        };

        /// <summary>
        /// <c>[SuccessMetric(typeof(T), MinimumDetectableEffect = 0.02)]</c> or
        /// <c>[GuardrailMetric(typeof(T), NonInferiorityMargin = 0.01)]</c>.
        /// </summary>
        public static AttributeListSyntax MetricReference(MetricRole role, TypeSyntax metricType) => role == MetricRole.Success
            ? SpecSyntax.AttributeList(
                "SuccessMetric",
                SpecSyntax.Positional(SpecSyntax.TypeOf(metricType)),
                SpecSyntax.Named(SpecArgumentNames.MinimumDetectableEffect, SpecSyntax.Number(DefaultMinimumDetectableEffect)))
            : SpecSyntax.AttributeList(
                "GuardrailMetric",
                SpecSyntax.Positional(SpecSyntax.TypeOf(metricType)),
                SpecSyntax.Named(SpecArgumentNames.NonInferiorityMargin, SpecSyntax.Number(DefaultNonInferiorityMargin)));

        /// <summary>The attribute that references a metric in <paramref name="role"/>.</summary>
        public static SpecAttributeKind ReferenceKind(MetricRole role) =>
            role == MetricRole.Success ? SpecAttributeKind.SuccessMetric : SpecAttributeKind.GuardrailMetric;

        /// <summary><c>[FeatureFlag("key")]</c> or <c>[Experiment("key")]</c>.</summary>
        public static AttributeListSyntax Declaration(SpecKind kind, string key) =>
            SpecSyntax.AttributeList(kind == SpecKind.Experiment ? "Experiment" : "FeatureFlag", SpecSyntax.Positional(SpecSyntax.String(key)));
    }
}
