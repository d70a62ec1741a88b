using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace SpecAnalyzers.Model
{
    /// <summary>
    /// One of the four parts every spec must have: the mission rule that reports it missing, the attribute that
    /// writes it, and where the spec model holds it. Rules and fixes read these facts here and nowhere else.
    /// </summary>
    internal sealed record MissionPart(DiagnosticDescriptor Rule, SpecAttributeKind Kind, Func<SpecModel, ImmutableArray<SpecPart>> Read)
    {
        public static readonly MissionPart Hypothesis = new(Descriptors.MissingHypothesis, SpecAttributeKind.Hypothesis, spec => spec.Hypotheses);

        public static readonly MissionPart SuccessMetric = new(Descriptors.MissingSuccessMetric, SpecAttributeKind.SuccessMetric, spec => spec.SuccessMetrics);

        public static readonly MissionPart Owner = new(Descriptors.MissingOwner, SpecAttributeKind.Owner, spec => spec.Owners);

        public static readonly MissionPart TweakPlan = new(Descriptors.MissingTweakPlan, SpecAttributeKind.TweakPlan, spec => spec.TweakPlans);

        /// <summary>In rule ID order (SPEC001–SPEC004).</summary>
        public static readonly ImmutableArray<MissionPart> All = ImmutableArray.Create(Hypothesis, SuccessMetric, Owner, TweakPlan);

        /// <summary>In the order a spec's attributes are written: owner first.</summary>
        public static readonly ImmutableArray<MissionPart> InWritingOrder = ImmutableArray.Create(Owner, Hypothesis, SuccessMetric, TweakPlan);

        public bool IsMissing(SpecModel spec) => Read(spec).IsEmpty;
    }
}
