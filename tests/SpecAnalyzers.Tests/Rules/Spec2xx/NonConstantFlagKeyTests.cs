using Microsoft.CodeAnalysis.Testing;
using Verify = SpecAnalyzers.Tests.Verifiers.FlagTest;

namespace SpecAnalyzers.Tests.Rules.Spec2xx;

/// <summary>SPEC202: a key that is not a compile-time constant cannot be checked; the message names the constant to use.</summary>
public sealed class NonConstantFlagKeyTests
{
    private const string Usings = """
        using System.Threading.Tasks;
        using Microsoft.FeatureManagement;

        """;

    private const string GenericAdvice = "pass a spec's Key constant";

    private const string WrapperAdvice =
        "pass a spec's Key constant, or name this method in spec_analyzers.evaluation_methods so that its callers are checked";

    private static DiagnosticResult NonConstant(int location, string expression, string advice) =>
        Verify.Diagnostic("SPEC202").WithLocation(location).WithArguments(expression, advice);

    private static Task VerifyAsync(string source, params DiagnosticResult[] expected) =>
        Verify.VerifyAsync([FlagSpecs.Catalog, source], expected);

    [Fact]
    public Task StaticReadonlyHoldingKeyOfSpecWithConstant_NamesTheConstant() => VerifyAsync(Usings + """
        public static class FlagNames
        {
            public static readonly string Offline = "offline-lyrics";
        }

        public sealed class Player
        {
            public async Task<bool> M(IFeatureManager features) => await features.IsEnabledAsync({|#0:FlagNames.Offline|});
        }
        """, NonConstant(0, "FlagNames.Offline", "pass OfflineLyrics.Key"));

    [Fact]
    public Task StaticReadonlyHoldingKeyOfSpecWithoutConstant_GenericAdvice() => VerifyAsync(Usings + """
        public sealed class Player
        {
            private static readonly string Dark = "dark-mode";

            public Task<bool> M(IFeatureManager features) => features.IsEnabledAsync({|#0:Dark|});
        }
        """, NonConstant(0, "Dark", GenericAdvice));

    [Fact]
    public Task StaticReadonlyHoldingUnknownKey_GenericAdvice() => VerifyAsync(Usings + """
        public sealed class Player
        {
            private static readonly string Unknown = "karaoke";

            public Task<bool> M(IFeatureManager features) => features.IsEnabledAsync({|#0:Unknown|});
        }
        """, NonConstant(0, "Unknown", GenericAdvice));

    [Fact]
    public Task ParameterInUnregisteredWrapper_SuggestsRegisteringIt() => VerifyAsync(Usings + """
        public sealed class Flags(IFeatureManager features)
        {
            public Task<bool> IsOn(string name) => features.IsEnabledAsync({|#0:name|});
        }
        """, NonConstant(0, "name", WrapperAdvice));

    [Fact]
    public Task LocalAndInterpolation_Reported() => VerifyAsync(Usings + """
        public sealed class Player
        {
            public async Task<bool> M(IFeatureManager features, string market)
            {
                var key = "dark-mode";
                return await features.IsEnabledAsync({|#0:key|}) && await features.IsEnabledAsync({|#1:$"dark-mode-{market}"|});
            }
        }
        """, NonConstant(0, "key", GenericAdvice), NonConstant(1, "$\"dark-mode-{market}\"", GenericAdvice));

    [Fact]
    public Task UnawaitedOpenFeatureCallWithComputedKey_Reported() => VerifyAsync("""
        using System.Threading.Tasks;
        using OpenFeature;

        public sealed class Player
        {
            public Task<string> M(IFeatureClient client) => client.GetStringValueAsync({|#0:"dark-mode".ToUpperInvariant()|}, "light");
        }
        """, NonConstant(0, "\"dark-mode\".ToUpperInvariant()", GenericAdvice));

    [Fact]
    public Task ConstantsAndNameof_NotReported() => VerifyAsync(Usings + """
        using Music.Specs;

        public sealed class Player
        {
            private const string Dark = "dark-" + "mode";

            public async Task<bool> M(IFeatureManager features) =>
                await features.IsEnabledAsync(Dark) && await features.IsEnabledAsync(OfflineLyrics.Key);
        }
        """);

    [Fact]
    public Task RecognisedExtensionForwardingItsKey_NotReported() => VerifyAsync(Usings + """
        public static class FeatureManagerExtensions
        {
            public static Task<bool> IsEnabledAsync(this IFeatureManager features, string feature, int attempts) =>
                attempts > 0 ? features.IsEnabledAsync(feature) : Task.FromResult(false);
        }
        """);
}
