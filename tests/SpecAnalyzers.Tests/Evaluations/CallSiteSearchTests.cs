using Microsoft.CodeAnalysis.Testing;
using Verify = SpecAnalyzers.Tests.Verifiers.FlagTest;

namespace SpecAnalyzers.Tests.Evaluations;

/// <summary>
/// Evaluations are found by their names in a file's text: every way of writing a name that the compiler reads is
/// found, and text that only looks like a call is not.
/// </summary>
public sealed class CallSiteSearchTests
{
    private const string Usings = """
        using System.Threading.Tasks;
        using Microsoft.FeatureManagement;

        """;

    private static DiagnosticResult Undeclared(int location, string key = "dark-mod") =>
        Verify.Diagnostic("SPEC201").WithLocation(location).WithArguments(key, ": did you mean 'dark-mode'?");

    private static Task VerifyAsync(string source, params DiagnosticResult[] expected) =>
        Verify.VerifyAsync([FlagSpecs.Catalog, source], expected);

    [Fact]
    public Task CallsInCommentsStringsAndInactiveCode_NotAnalyzed() => VerifyAsync(Usings + """
        public sealed class Player
        {
            /// <summary>Never <see cref="IFeatureManager.IsEnabledAsync(string)"/> with "dark-mod".</summary>
            public string M(IFeatureManager features)
            {
                // return features.IsEnabledAsync("dark-mod");
                /* features.IsEnabledAsync("dark-mod") */
        #if NEVER
                features.IsEnabledAsync("dark-mod");
        #endif
                return "features.IsEnabledAsync(\"dark-mod\")";
            }
        }
        """);

    [Fact]
    public Task NameWrittenWithUnicodeEscapeOrVerbatim_Analyzed() => VerifyAsync(Usings + """
        public sealed class Player
        {
            public async Task<bool> M(IFeatureManager features) =>
                await features.IsEnabled\u0041sync({|#0:"dark-mod"|}) && await features.@IsEnabledAsync({|#1:"dark-mod"|});
        }
        """, Undeclared(0), Undeclared(1));

    [Fact]
    public Task NamesThatContainAnEvaluationName_NotAnalyzed() => VerifyAsync(Usings + """
        public static class Probes
        {
            public static bool IsEnabledAsyncCore(string feature) => feature.Length > 0;

            public static bool PreIsEnabledAsync(string feature) => feature.Length > 0;

            public static bool M() => IsEnabledAsyncCore("dark-mod") && PreIsEnabledAsync("dark-mod");
        }
        """);

    [Fact]
    public Task EvaluationsInEveryCallShape_Analyzed() => VerifyAsync(Usings + """
        using System;

        public sealed class Player
        {
            public bool M(IFeatureManager? features, Func<IFeatureManager> current) =>
                features?.IsEnabledAsync({|#0:"dark-mod"|}).Result == true
                && current().IsEnabledAsync({|#1:"dark-mod"|}).Result
                && $"{features!.IsEnabledAsync({|#2:"dark-mod"|}).Result}".Length > 0;
        }
        """, Undeclared(0), Undeclared(1), Undeclared(2));

    [Fact]
    public Task FeatureGateInEverySpelling_Analyzed() => VerifyAsync("""
        using Microsoft.AspNetCore.Mvc;
        using Mvc = Microsoft.FeatureManagement.Mvc;

        [Mvc.FeatureGateAttribute({|#0:"dark-mod"|})]
        public sealed class PlayerController : ControllerBase
        {
            [global::Microsoft.FeatureManagement.Mvc.FeatureGate({|#1:"dark-mod"|})]
            public IActionResult Theme() => Ok();

            [Mvc::FeatureGate({|#2:"dark-mod"|})]
            public IActionResult Lyrics() => Ok();
        }
        """, Undeclared(0), Undeclared(1), Undeclared(2));
}
