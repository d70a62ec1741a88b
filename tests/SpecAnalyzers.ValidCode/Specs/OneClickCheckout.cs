using SpecAnalyzers;

namespace ValidCode.Specs;

// An experiment shipped to a small share of users: rollout, a success metric with its minimum detectable effect,
// two guardrails with their non-inferiority margins, a hypothesis linked to a goal, a plan for after launch.
[Experiment(Key, Phase = Phase.Ship, RolloutPercent = 10, RemoveBy = "2027-09-30")]
[Owner("checkout-squad")]
[Hypothesis("We believe one-click checkout for returning buyers will raise conversion because 40% of carts are abandoned at the payment form",
    Goal = typeof(GrowConversion), Insight = "Funnel analysis, 2026-Q2")]
[SuccessMetric(typeof(CheckoutConversion), MinimumDetectableEffect = 0.02)]
[GuardrailMetric(typeof(PaymentErrors), NonInferiorityMargin = 0.001)]
[GuardrailMetric(typeof(CrashRate), NonInferiorityMargin = 0.0005)]
[TweakPlan("Drop the saved-card carousel if it slows the page; cache the payment token", ReviewBy = "2027-02-01")]
public sealed class OneClickCheckout
{
    public const string Key = "one-click-checkout";
}
