using Microsoft.CodeAnalysis.Testing;
using Verify = SpecAnalyzers.Tests.Verifiers.FlagTest;

namespace SpecAnalyzers.Tests.Rules.Spec2xx;

/// <summary>SPEC205: a literal key whose spec exposes it as a Key constant the call site can see.</summary>
public sealed class FlagKeyLiteralTests
{
    private const string Usings = """
        using System.Threading.Tasks;
        using Microsoft.FeatureManagement;

        """;

    private static DiagnosticResult Literal(int location, string key, string constant) =>
        Verify.Diagnostic("SPEC205").WithLocation(location).WithArguments(key, constant);

    private static Task VerifyAsync(string[] sources, params DiagnosticResult[] expected) => Verify.VerifyAsync(sources, expected);

    [Fact]
    public Task LiteralOfSpecWithConstant_Reported() => VerifyAsync([FlagSpecs.Catalog, Usings + """
        public sealed class Player
        {
            public Task<bool> M(IFeatureManager features) => features.IsEnabledAsync({|#0:"lyrics-card-share"|});
        }
        """], Literal(0, "lyrics-card-share", "LyricsCardShare.Key"));

    [Fact]
    public Task SpecWithoutConstant_NotReported() => VerifyAsync([FlagSpecs.Catalog, Usings + """
        public sealed class Player
        {
            public Task<bool> M(IFeatureManager features) => features.IsEnabledAsync("dark-mode");
        }
        """]);

    [Fact]
    public Task OtherConstantHoldingTheKey_NotReported() => VerifyAsync([FlagSpecs.Catalog, Usings + """
        public sealed class Player
        {
            private const string Share = "lyrics-card-share";

            public Task<bool> M(IFeatureManager features) => features.IsEnabledAsync(Share);
        }
        """]);

    [Fact]
    public Task PrivateKeyConstant_NotReported() => VerifyAsync([
        "[SpecAnalyzers.FeatureFlag(Key)] public sealed class Lyrics { private const string Key = \"lyrics\"; }",
        Usings + """
        public sealed class Player
        {
            public Task<bool> M(IFeatureManager features) => features.IsEnabledAsync("lyrics");
        }
        """]);

    [Fact]
    public Task ConstantDifferingFromSpecKey_NotOffered() => VerifyAsync([
        "[SpecAnalyzers.FeatureFlag(\"lyrics\")] public sealed class Lyrics { public const string Key = \"lyric\"; }",
        Usings + """
        public sealed class Player
        {
            public Task<bool> M(IFeatureManager features) => features.IsEnabledAsync("lyrics");
        }
        """]);

    [Fact]
    public Task KeyConstantInOtherPartialDeclaration_Reported() => VerifyAsync([
        "[SpecAnalyzers.FeatureFlag(\"queue-sync\", Phase = SpecAnalyzers.Phase.Ship)] public sealed partial class QueueSync { }",
        "public sealed partial class QueueSync { public const string Key = \"queue-sync\"; }",
        Usings + """
        public sealed class Player
        {
            public Task<bool> M(IFeatureManager features) => features.IsEnabledAsync({|#0:"queue-sync"|});
        }
        """], Literal(0, "queue-sync", "QueueSync.Key"));

    [Fact]
    public Task NestedSpecAndFeatureGate_ReportedWithContainingType() => VerifyAsync([
        "public static class Specs { [SpecAnalyzers.FeatureFlag(\"eq\")] public sealed class Equalizer { public const string Key = \"eq\"; } }",
        """
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.FeatureManagement.Mvc;

        public sealed class EqController : ControllerBase
        {
            [FeatureGate({|#0:"eq"|})]
            public IActionResult Bands() => Ok();
        }
        """], Literal(0, "eq", "Specs.Equalizer.Key"));

    [Fact]
    public Task OpenFeatureLiteral_Reported() => VerifyAsync([FlagSpecs.Catalog, """
        using System.Threading.Tasks;
        using OpenFeature;

        public sealed class Player
        {
            public Task<bool> M(IFeatureClient client) => client.GetBooleanValueAsync({|#0:"offline-lyrics"|}, defaultValue: false);
        }
        """], Literal(0, "offline-lyrics", "OfflineLyrics.Key"));
}
