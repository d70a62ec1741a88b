using SpecAnalyzers.Templates;

namespace SpecAnalyzers.Tests.Rules.Spec0xx;

/// <summary>SPEC005 for the success metric: a metric stub whose description is still a placeholder is no success metric.</summary>
public sealed class UnfinishedMetricStubTests
{
    private const string Rule = "SPEC005";
    private const string Flag = "Feature flag 'gift-wrap' (GiftWrap)";
    private const string Stub = "an unfinished stub (its description is a placeholder)";

    [Fact]
    public Task GeneratedStubAsSuccessMetric_ReportedOnTheReference() =>
        RuleVerifier.VerifyAsync(Rule, $$"""
            using SpecAnalyzers;
            namespace Shop;

            [FeatureFlag("gift-wrap")]
            [Owner("checkout-squad")]
            [SuccessMetric({|#0:typeof(GiftWrapSuccessMetric)|}, MinimumDetectableEffect = 0.02)]
            public sealed class GiftWrap { }

            [Metric("gift_wrap.success", Direction = MetricDirection.Increase, Description = "{{SpecPartTemplates.MetricDescription}}")]
            public sealed class GiftWrapSuccessMetric { }
            """,
            RuleVerifier.Diagnostic(Rule).WithLocation(0).WithArguments(Flag, "success metric", "GiftWrapSuccessMetric", Stub));

    [Fact]
    public Task DescribedOrUndescribedMetric_NotReported() =>
        RuleVerifier.VerifyAsync(Rule, """
            using SpecAnalyzers;
            namespace Shop;

            [FeatureFlag("gift-wrap")]
            [SuccessMetric(typeof(GiftWrapRate))]
            [SuccessMetric(typeof(Orders))]
            [GuardrailMetric(typeof(Draft))]
            public sealed class GiftWrap { }

            [Metric("gift_wrap.rate", Description = "Orders with gift wrap per order, from the orders table")]
            public sealed class GiftWrapRate { }

            [Metric("shop.orders")]
            public sealed class Orders { }

            [Metric("shop.draft", Description = "TODO")]
            public sealed class Draft { }
            """);

    [Fact]
    public Task PartialSpecOverFiles_ConstantAliasAndFullName_ReportedWhereTheReferenceIsWritten() =>
        RuleVerifier.VerifyAsync(Rule, [
            """
            namespace Shop;

            [global::SpecAnalyzers.FeatureFlagAttribute("gift-wrap")]
            public sealed partial class GiftWrap { }

            internal static class Texts
            {
                public const string Unwritten = "TBD";
            }
            """,
            """
            using Success = SpecAnalyzers.SuccessMetricAttribute;
            namespace Shop;

            [Success(metric: {|#0:typeof(Drafts.WrapStub)|})]
            public sealed partial class GiftWrap { }
            """,
            """
            namespace Shop.Drafts;

            [SpecAnalyzers.Metric("gift_wrap.stub", Description = Shop.Texts.Unwritten)]
            public sealed class WrapStub { }
            """,
        ],
        RuleVerifier.Diagnostic(Rule).WithLocation(0).WithArguments(Flag, "success metric", "WrapStub", Stub));

    [Fact]
    public Task EmptyDescription_Reported() =>
        RuleVerifier.VerifyAsync(Rule, """
            using SpecAnalyzers;
            [FeatureFlag("gift-wrap")]
            [SuccessMetric({|#0:typeof(Wrap)|})]
            public sealed class GiftWrap { }

            [Metric("gift_wrap.rate", Description = "  ")]
            public sealed class Wrap { }
            """,
            RuleVerifier.Diagnostic(Rule).WithLocation(0).WithArguments(Flag, "success metric", "Wrap", Stub));

    [Fact]
    public Task BrokenCode_ReadWhereItBindsNoCrash() =>
        RuleVerifier.VerifyAsync(Rule, """
            using SpecAnalyzers;
            [FeatureFlag("gift-wrap")]
            [SuccessMetric(typeof(Wrap))]
            public sealed class GiftWrap { }

            [Metric("gift_wrap.rate", Description = {|CS0103:Nowhere|})]
            public sealed class Wrap { }
            """);
}
