using Microsoft.CodeAnalysis.Testing;
using Fix = SpecAnalyzers.Tests.Verifiers.FlagFixTest<SpecAnalyzers.CodeFixes.RemoveRetiredFlagCodeFix>;

namespace SpecAnalyzers.Tests.Rules.Spec2xx;

/// <summary>
/// SPEC203's cleanup of <c>[FeatureGate]</c> (the real Microsoft.FeatureManagement.AspNetCore attribute): a gate that
/// now always passes goes, a gate still decided by other keys loses the retired one, a gate that never passes is left
/// for a person (removing the action it guards changes routing).
/// </summary>
public sealed class RemoveRetiredFeatureGateFixTests
{
    private const string Usings = """
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.FeatureManagement;
        using Microsoft.FeatureManagement.Mvc;

        """;

    private static DiagnosticResult Retired(int location, string key) =>
        Fix.Diagnostic("SPEC203").WithLocation(location).WithArguments(FlagSpecs.RetiredArguments(key));

    [Fact]
    public Task ShippedOnlyKey_RemovesAttributeKeepsDocComment() => Fix.VerifyAsync(Usings + """
        public sealed class TimerController : ControllerBase
        {
            /// <summary>Starts the sleep timer.</summary>
            [FeatureGate({|#0:"sleep-timer"|})]
            public IActionResult Start() => Ok();
        }
        """, Usings + """
        public sealed class TimerController : ControllerBase
        {
            /// <summary>Starts the sleep timer.</summary>
            public IActionResult Start() => Ok();
        }
        """, Retired(0, "sleep-timer"));

    [Fact]
    public Task ShippedInListWithOtherAttribute_RemovesOnlyGate() => Fix.VerifyAsync(Usings + """
        public sealed class TimerController : ControllerBase
        {
            [HttpPost, FeatureGate({|#0:"sleep-timer"|})]
            public IActionResult Start() => Ok();
        }
        """, Usings + """
        public sealed class TimerController : ControllerBase
        {
            [HttpPost]
            public IActionResult Start() => Ok();
        }
        """, Retired(0, "sleep-timer"));

    [Fact]
    public Task ShippedOnController_RemovesGateFromClass() => Fix.VerifyAsync(Usings + """
        [ApiController]
        [FeatureGate({|#0:"sleep-timer"|})]
        public sealed class TimerController : ControllerBase
        {
            public IActionResult Start() => Ok();
        }
        """, Usings + """
        [ApiController]
        public sealed class TimerController : ControllerBase
        {
            public IActionResult Start() => Ok();
        }
        """, Retired(0, "sleep-timer"));

    [Fact]
    public Task ShippedWithOtherKeyRequiringAll_RemovesRetiredKey() => Fix.VerifyAsync(Usings + """
        public sealed class TimerController : ControllerBase
        {
            [FeatureGate({|#0:"sleep-timer"|}, "dark-mode")]
            public IActionResult Start() => Ok();
        }
        """, Usings + """
        public sealed class TimerController : ControllerBase
        {
            [FeatureGate("dark-mode")]
            public IActionResult Start() => Ok();
        }
        """, Retired(0, "sleep-timer"));

    [Fact]
    public Task ShippedRequiringAny_RemovesAttribute() => Fix.VerifyAsync(Usings + """
        public sealed class TimerController : ControllerBase
        {
            [FeatureGate(RequirementType.Any, "dark-mode", {|#0:"sleep-timer"|})]
            public IActionResult Start() => Ok();
        }
        """, Usings + """
        public sealed class TimerController : ControllerBase
        {
            public IActionResult Start() => Ok();
        }
        """, Retired(0, "sleep-timer"));

    [Fact]
    public Task RolledBackRequiringAny_RemovesRetiredKey() => Fix.VerifyAsync(Usings + """
        public sealed class RadioController : ControllerBase
        {
            [FeatureGate(RequirementType.Any, {|#0:"autoplay-radio"|}, "dark-mode")]
            public IActionResult Play() => Ok();
        }
        """, Usings + """
        public sealed class RadioController : ControllerBase
        {
            [FeatureGate(RequirementType.Any, "dark-mode")]
            public IActionResult Play() => Ok();
        }
        """, Retired(0, "autoplay-radio"));

    [Fact]
    public Task RolledBackNegatedGate_RemovesAttribute() => Fix.VerifyAsync(Usings + """
        public sealed class RadioController : ControllerBase
        {
            [FeatureGate(true, {|#0:"autoplay-radio"|})]
            public IActionResult Queue() => Ok();
        }
        """, Usings + """
        public sealed class RadioController : ControllerBase
        {
            public IActionResult Queue() => Ok();
        }
        """, Retired(0, "autoplay-radio"));

    [Fact]
    public Task RolledBackOnlyKey_NoRewrite()
    {
        var source = Usings + """
            public sealed class RadioController : ControllerBase
            {
                [FeatureGate({|#0:"autoplay-radio"|})]
                public IActionResult Play() => Ok();
            }
            """;
        return Fix.VerifyAsync(source, source, Retired(0, "autoplay-radio"));
    }

    [Fact]
    public Task FixAll_GatesAcrossActions_AllCleaned() => Fix.VerifyAsync(Usings + """
        public sealed class PlayerController : ControllerBase
        {
            [FeatureGate({|#0:"sleep-timer"|})]
            public IActionResult Timer() => Ok();

            [FeatureGate(RequirementType.Any, {|#1:"autoplay-radio"|}, "dark-mode")]
            public IActionResult Radio() => Ok();
        }
        """, Usings + """
        public sealed class PlayerController : ControllerBase
        {
            public IActionResult Timer() => Ok();

            [FeatureGate(RequirementType.Any, "dark-mode")]
            public IActionResult Radio() => Ok();
        }
        """, Retired(0, "sleep-timer"), Retired(1, "autoplay-radio"));
}
