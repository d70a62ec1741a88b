using SpecAnalyzers;

namespace ValidCode.Specs;

// Declared when the team adopted SpecAnalyzers: its parts are still the templates, and until the exemption's date the
// mission rules leave it alone (docs/adoption.md).
[FeatureFlag("legacy-queue")]
[AdoptionExemption("2027-03-31", Reason = "existed before the team adopted SpecAnalyzers")]
[Owner("TODO: owner")]
[Hypothesis("TODO: We believe [change] for [audience] will [move metric] because [insight]")]
[TweakPlan("TODO: what we will optimise or cut once this ships", ReviewBy = "2027-03-31")]
public sealed class LegacyQueue { }
