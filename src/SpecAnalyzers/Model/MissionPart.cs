using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace SpecAnalyzers.Model
{
    /// <summary>
    /// One of the four parts every spec must have: the mission rule that reports it missing, the attribute that
    /// writes it, and where the spec model holds it. Rules and fixes read these facts here and nowhere else.
    /// </summary>
    /// <param name="Label">How messages name the part ("success metric").</param>
    internal sealed record MissionPart(DiagnosticDescriptor Rule, SpecAttributeKind Kind, string Label, Func<SpecModel, ImmutableArray<SpecPart>> Read)
    {
        public static readonly MissionPart Hypothesis = new(Descriptors.MissingHypothesis, SpecAttributeKind.Hypothesis, "hypothesis", spec => spec.Hypotheses);

        public static readonly MissionPart SuccessMetric = new(Descriptors.MissingSuccessMetric, SpecAttributeKind.SuccessMetric, "success metric", spec => spec.SuccessMetrics);

        public static readonly MissionPart Owner = new(Descriptors.MissingOwner, SpecAttributeKind.Owner, "owner", spec => spec.Owners);

        public static readonly MissionPart TweakPlan = new(Descriptors.MissingTweakPlan, SpecAttributeKind.TweakPlan, "tweak plan", spec => spec.TweakPlans);

        /// <summary>The parts written as text, whose placeholders SPEC005 reports on the spec's own attributes.</summary>
        public static readonly ImmutableArray<MissionPart> Texts = ImmutableArray.Create(Owner, Hypothesis, TweakPlan);

        /// <summary>In rule ID order (SPEC001–SPEC004).</summary>
        public static readonly ImmutableArray<MissionPart> All = ImmutableArray.Create(Hypothesis, SuccessMetric, Owner, TweakPlan);

        /// <summary>In the order a spec's attributes are written: owner first.</summary>
        public static readonly ImmutableArray<MissionPart> InWritingOrder = ImmutableArray.Create(Owner, Hypothesis, SuccessMetric, TweakPlan);

        public bool IsMissing(SpecModel spec) => Read(spec).IsEmpty;
    }
}
