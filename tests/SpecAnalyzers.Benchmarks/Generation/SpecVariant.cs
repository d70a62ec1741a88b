using System.Collections.Immutable;

namespace SpecAnalyzers.Benchmarks.Generation;

/// <summary>
/// One way a team writes a spec. The generator cycles through <see cref="All"/>, so every project holds the same
/// mix: complete specs (every part, rigor included, so no rule has anything to say but SPEC305's information on
/// experiments it sizes), incomplete ones, partial specs spread over two files, fully qualified attribute names and
/// key constants used at call sites. Two experiments declare their traffic, so they are sized: one fits its window,
/// one (too little traffic) does not, and SPEC306 searches every rollout for one that would.
/// </summary>
/// <param name="EligibleUsersPerDay">Written on experiments that are sized; null leaves them unsized.</param>
/// <param name="PowerRuleIds">What the power rules report for the spec.</param>
internal sealed record SpecVariant(
    bool IsExperiment,
    string Phase,
    int? RolloutPercent,
    bool HasGuardrail,
    bool IsPartial,
    bool HasKeyConstant,
    bool FullyQualified,
    ImmutableArray<string> MissingRuleIds,
    long? EligibleUsersPerDay = null,
    ImmutableArray<string> PowerRuleIds = default)
{
    public static readonly ImmutableArray<SpecVariant> All =
    [
        new(IsExperiment: true, "Ship", RolloutPercent: 5, HasGuardrail: true, IsPartial: false, HasKeyConstant: true, FullyQualified: false, [],
            EligibleUsersPerDay: 1_000_000, PowerRuleIds: [Descriptors.SampleSize.Id]),
        new(IsExperiment: false, "Build", RolloutPercent: null, HasGuardrail: false, IsPartial: false, HasKeyConstant: true, FullyQualified: false, []),
        new(IsExperiment: false, "Build", RolloutPercent: null, HasGuardrail: false, IsPartial: true, HasKeyConstant: true, FullyQualified: false, []),
        new(IsExperiment: false, "Build", RolloutPercent: null, HasGuardrail: false, IsPartial: false, HasKeyConstant: false, FullyQualified: false,
            [Descriptors.MissingOwner.Id]),
        new(IsExperiment: true, "Tweak", RolloutPercent: 50, HasGuardrail: true, IsPartial: false, HasKeyConstant: false, FullyQualified: false, [],
            EligibleUsersPerDay: 2_000, PowerRuleIds: [Descriptors.SampleSize.Id, Descriptors.SampleSizeOutOfReach.Id]),
        new(IsExperiment: true, "Think", RolloutPercent: null, HasGuardrail: false, IsPartial: false, HasKeyConstant: false, FullyQualified: false,
            [Descriptors.MissingHypothesis.Id, Descriptors.MissingSuccessMetric.Id]),
        new(IsExperiment: false, "Think", RolloutPercent: null, HasGuardrail: false, IsPartial: false, HasKeyConstant: false, FullyQualified: true, []),
        new(IsExperiment: false, "Build", RolloutPercent: null, HasGuardrail: false, IsPartial: true, HasKeyConstant: true, FullyQualified: false,
            [Descriptors.MissingTweakPlan.Id]),
        new(IsExperiment: false, "Think", RolloutPercent: null, HasGuardrail: false, IsPartial: false, HasKeyConstant: false, FullyQualified: false,
            [Descriptors.MissingHypothesis.Id, Descriptors.MissingSuccessMetric.Id, Descriptors.MissingOwner.Id, Descriptors.MissingTweakPlan.Id]),
        new(IsExperiment: true, "Build", RolloutPercent: null, HasGuardrail: true, IsPartial: false, HasKeyConstant: false, FullyQualified: true, []),
    ];

    /// <summary>Whether the spec writes the part whose absence <paramref name="ruleId"/> reports.</summary>
    public bool WritesPartFor(string ruleId) => !MissingRuleIds.Contains(ruleId);
}
