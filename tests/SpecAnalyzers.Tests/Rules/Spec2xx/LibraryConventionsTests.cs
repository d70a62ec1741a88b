using Microsoft.CodeAnalysis.Testing;
using Verify = SpecAnalyzers.Tests.Verifiers.FlagTest;

namespace SpecAnalyzers.Tests.Rules.Spec2xx;

/// <summary>
/// SPEC201–SPEC203 follow each flag library: Microsoft.FeatureManagement finds a feature whatever the case of its name
/// (so a call that works at run time is never "undeclared"), OpenFeature compares keys ordinally; every way the
/// libraries evaluate a flag is seen: extension methods of any name, MVC filters, middleware branches, Razor tags.
/// </summary>
public sealed class LibraryConventionsTests
{
    private const string Usings = """
        using System.Threading.Tasks;
        using Microsoft.FeatureManagement;

        """;

    private const string PascalCaseSpecs = """
        using SpecAnalyzers;

        namespace Shop.Specs
        {
            [FeatureFlag("Beta", Phase = Phase.Build)]
            public sealed class Beta { }

            [FeatureFlag("NewCheckout", Phase = Phase.Ship)]
            public sealed class NewCheckout { }

            [FeatureFlag("OldBanner", Phase = Phase.Retired, Outcome = Outcome.RolledBack)]
            public sealed class OldBanner { }
        }
        """;

    private static DiagnosticResult Undeclared(int location, string key, string suggestion) =>
        Verify.Diagnostic("SPEC201").WithLocation(location).WithArguments(key, ": did you mean '" + suggestion + "'?");

    private static Task VerifyAsync(string source, params DiagnosticResult[] expected) =>
        Verify.VerifyAsync([PascalCaseSpecs, source], expected);

    [Fact]
    public Task FeatureManagerKeyInOtherCase_Declared() => VerifyAsync(Usings + """
        public sealed class Cart
        {
            public async Task<bool> M(IFeatureManager features, IVariantFeatureManager variants) =>
                await features.IsEnabledAsync("beta")
                && await features.IsEnabledAsync("NEWCHECKOUT")
                && await variants.IsEnabledAsync("newCheckout");
        }
        """);

    [Fact]
    public Task FeatureGateKeyInOtherCase_Declared() => VerifyAsync("""
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.FeatureManagement.Mvc;

        [FeatureGate("newcheckout")]
        public sealed class CheckoutController : Controller { }
        """);

    [Fact]
    public Task FeatureManagerTypo_StillReported() => VerifyAsync(Usings + """
        public sealed class Cart
        {
            public Task<bool> M(IFeatureManager features) => features.IsEnabledAsync({|#0:"NewChekout"|});
        }
        """, Undeclared(0, "NewChekout", "NewCheckout"));

    [Fact]
    public Task RetiredKeyInOtherCase_ReportedAsRetired() => VerifyAsync(Usings + """
        public sealed class Cart
        {
            public async Task M(IFeatureManager features)
            {
                if (await {|#0:features.IsEnabledAsync("oldbanner")|})
                {
                    System.Console.WriteLine("banner");
                }
            }
        }
        """,
        Verify.Diagnostic("SPEC203").WithLocation(0).WithArguments(
            "Feature flag 'OldBanner' (OldBanner)",
            "it was rolled back, so remove the evaluation and keep the disabled path"));

    [Fact]
    public Task OpenFeatureKeyInOtherCase_Undeclared() => VerifyAsync("""
        using System.Threading.Tasks;
        using OpenFeature;

        public sealed class Cart
        {
            public Task<bool> M(IFeatureClient client) => client.GetBooleanValueAsync({|#0:"beta"|}, false);
        }
        """, Undeclared(0, "beta", "Beta"));

    [Fact]
    public Task ExtensionMethodOfAnyNameOnFeatureManager_Checked() => VerifyAsync(Usings + """
        public static class FeatureManagerExtensions
        {
            public static Task<bool> IsOnAsync(this IFeatureManager features, string feature) => features.IsEnabledAsync(feature);
        }

        public sealed class Cart
        {
            public async Task<bool> M(IFeatureManager features) =>
                await features.IsOnAsync("beta") && await features.IsOnAsync({|#0:"NewChekout"|});
        }
        """, Undeclared(0, "NewChekout", "NewCheckout"));

    [Fact]
    public Task ExtensionMethodWithQualifiedReceiverType_Checked() => VerifyAsync("""
        using System.Threading.Tasks;

        public static class Flags
        {
            public static ValueTask<bool> Enabled(this global::Microsoft.FeatureManagement.IVariantFeatureManager features, string name) =>
                features.IsEnabledAsync(name);
        }

        public sealed class Cart
        {
            public ValueTask<bool> M(Microsoft.FeatureManagement.IVariantFeatureManager features) => features.Enabled({|#0:"Betta"|});
        }
        """, Undeclared(0, "Betta", "Beta"));

    [Fact]
    public Task ExtensionMethodOnOtherType_NotAnEvaluation() => VerifyAsync("""
        public static class Strings
        {
            public static bool IsOnAsync(this System.Text.StringBuilder builder, string feature) => builder.Length > feature.Length;
        }

        public sealed class Cart
        {
            public bool M(System.Text.StringBuilder builder) => builder.IsOnAsync("not-a-flag");
        }
        """);

    [Fact]
    public async Task ExtensionMethodFromReferencedLibrary_Checked()
    {
        var test = Verify.Create(PascalCaseSpecs, """
            using System.Threading.Tasks;
            using Microsoft.FeatureManagement;
            using Shop.Flags;

            public sealed class Cart
            {
                public Task<bool> M(IFeatureManager features) => features.IsOnForShopAsync({|#0:"NewChekout"|});
            }
            """);
        var references = await FlagLibraries.ResolveAsync();
        test.TestState.AdditionalReferences.Add(EmittedLibrary.Create("Shop.Flags", """
            namespace Shop.Flags
            {
                public static class ShopFeatureExtensions
                {
                    public static System.Threading.Tasks.Task<bool> IsOnForShopAsync(this Microsoft.FeatureManagement.IFeatureManager features, string feature) =>
                        features.IsEnabledAsync(feature);
                }
            }
            """, references));
        test.ExpectedDiagnostics.Add(Undeclared(0, "NewChekout", "NewCheckout"));
        await test.RunAsync();
    }

    [Fact]
    public Task MvcFilterAndMiddlewareBranches_Checked() => VerifyAsync("""
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Http;
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.AspNetCore.Mvc.Filters;
        using Microsoft.FeatureManagement;

        public sealed class AuditFilter : IAsyncActionFilter
        {
            public Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next) => next();
        }

        public sealed class AuditMiddleware
        {
            private readonly RequestDelegate _next;

            public AuditMiddleware(RequestDelegate next) => _next = next;

            public Task InvokeAsync(HttpContext context) => _next(context);
        }

        public static class Startup
        {
            public static void Configure(MvcOptions options, IApplicationBuilder app)
            {
                options.Filters.AddForFeature<AuditFilter>("beta");
                options.Filters.AddForFeature<AuditFilter>({|#0:"Betaa"|});
                app.UseMiddlewareForFeature<AuditMiddleware>({|#1:"NewChekout"|});
                app.UseForFeature({|#2:"Bta"|}, branch => { });
                app.UseForFeature("NewCheckout", branch => { });
            }
        }
        """,
        Undeclared(0, "Betaa", "Beta"),
        Undeclared(1, "NewChekout", "NewCheckout"),
        Undeclared(2, "Bta", "Beta"));

    [Fact]
    public async Task RazorFeatureTags_CheckedInTheView()
    {
        const string view = """
            @addTagHelper *, Microsoft.FeatureManagement.AspNetCore
            <feature name="beta">
                <p>Beta</p>
            </feature>
            <feature name="NewCheckout, Betaa" requirement="Any">checkout</feature>
            <feature negate="true" name='OldBanner'>no banner</feature>
            <!-- <feature name="Commented"> -->
            @* <feature name="RazorCommented"> *@
            <feature name="@Model.Flag">dynamic</feature>
            <featured name="NotATag"></featured>
            """;
        var test = Verify.Create(PascalCaseSpecs);
        test.TestState.AdditionalFiles.Add(("/0/Views/Home/Index.cshtml", view));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("SPEC201")
            .WithSpan("/0/Views/Home/Index.cshtml", 5, 29, 5, 34)
            .WithArguments("Betaa", ": did you mean 'Beta'?"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("SPEC203")
            .WithSpan("/0/Views/Home/Index.cshtml", 6, 30, 6, 39)
            .WithArguments("Feature flag 'OldBanner' (OldBanner)", "it was rolled back, so remove the evaluation and keep the disabled path"));
        await test.RunAsync();
    }

    [Theory]
    [InlineData("<feature name=\"Betaa")]
    [InlineData("<feature name=")]
    [InlineData("<feature")]
    [InlineData("<feature name=\"\">")]
    [InlineData("<feature name=\" , ,\">")]
    [InlineData("<!-- <feature name=\"Betaa\">")]
    public async Task HalfTypedRazorTag_NothingOrTheNameOnly(string view)
    {
        var test = Verify.Create(PascalCaseSpecs);
        test.TestState.AdditionalFiles.Add(("/0/Views/Index.cshtml", view));
        await test.RunAsync();
    }

    /// <summary>Every prefix of a view with tags, comments and expressions, as while typing: the reader never throws.</summary>
    [Fact]
    public void RazorViewCutAnywhere_ReadWithoutException()
    {
        const string view = "<feature name=\"NewCheckout, Betaa\" negate='false'>x</feature><!-- c --> @* r *@ <feature name=\"@Model.F\">";
        for (var length = 0; length <= view.Length; length++)
        {
            var names = SpecAnalyzers.Evaluations.RazorFeatureTags.Find(
                Microsoft.CodeAnalysis.Text.SourceText.From(view.Substring(0, length)), CancellationToken.None);
            Assert.All(names, name => Assert.Equal(name.Key, view.Substring(name.Span.Start, name.Span.Length)));
        }
    }
}
