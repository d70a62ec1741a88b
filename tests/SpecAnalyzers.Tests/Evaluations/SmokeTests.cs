using Verify = SpecAnalyzers.Tests.Evaluations.FlagTest;

namespace SpecAnalyzers.Tests.Evaluations;

public sealed class SmokeTests
{
    [Fact]
    public Task Smoke() => Verify.VerifyAsync([Specs.Catalog, """
        using System.Threading.Tasks;
        using Microsoft.FeatureManagement;
        using Microsoft.FeatureManagement.Mvc;
        using Microsoft.AspNetCore.Mvc;

        [FeatureGate({|#2:"lyrics-crad-share"|})]
        public sealed class HomeController : ControllerBase
        {
            public async Task<bool> Run(IFeatureManager features, OpenFeature.IFeatureClient client)
            {
                var a = await features.IsEnabledAsync({|#0:"lyrics-crad-share"|});
                var b = await client.GetBooleanValueAsync({|#1:"offline-lyric"|}, false);
                return a && b;
            }
        }
        """],
        Verify.Diagnostic("SPEC201").WithLocation(0).WithArguments("lyrics-crad-share", ": did you mean 'lyrics-card-share'?"),
        Verify.Diagnostic("SPEC201").WithLocation(1).WithArguments("offline-lyric", ": did you mean 'offline-lyrics'?"),
        Verify.Diagnostic("SPEC201").WithLocation(2).WithArguments("lyrics-crad-share", ": did you mean 'lyrics-card-share'?"));
}
