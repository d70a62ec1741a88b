extern alias catalog;

using System.Text.Json;
using catalog::SpecAnalyzers.Catalog.Model;
using catalog::SpecAnalyzers.Catalog.Writers;

namespace SpecAnalyzers.Tests.Catalogs;

/// <summary>
/// An adopted spec's <c>[AdoptionExemption]</c> in the catalog: until, reason and whether it has ended (judged against
/// <see cref="CompiledProduct.ReferenceDate"/>, 2026-06-01, as SPEC106 judges it), in specs.json and as a chip and a
/// line on the pages. Other specs carry nothing of it.
/// </summary>
public sealed class AdoptionExemptionCatalogTests
{
    private const string Specs = """
        using SpecAnalyzers;
        using Exempt = SpecAnalyzers.AdoptionExemptionAttribute;
        namespace Shop;

        internal static class Adoption { public const string Until = "2026-06-01"; }

        [FeatureFlag("Home")]
        [AdoptionExemption("2026-09-30", Reason = "existed before adoption")]
        [Owner("TODO: owner")]
        public sealed class Home { }

        [FeatureFlag("Beta")]
        [Exempt(Adoption.Until)]
        public sealed class Beta { }

        [SpecAnalyzers.FeatureFlag("Broken")]
        [global::SpecAnalyzers.AdoptionExemption("31.12.2026")]
        public sealed class Broken { }

        [FeatureFlag("written")]
        public sealed class Written { }
        """;

    [Fact]
    public void ExemptionRead_EndedOnItsDate_UnreadableDateNeverEnds()
    {
        var catalog = CompiledProduct.ReadOne(Specs);

        Assert.Equal(new CatalogAdoptionExemption("2026-09-30", "existed before adoption", Ended: false), Spec(catalog, "Home").AdoptionExemption);
        Assert.Equal(new CatalogAdoptionExemption("2026-06-01", null, Ended: true), Spec(catalog, "Beta").AdoptionExemption);
        Assert.Equal(new CatalogAdoptionExemption("31.12.2026", null, Ended: false), Spec(catalog, "Broken").AdoptionExemption);
        Assert.Null(Spec(catalog, "written").AdoptionExemption);

        // An ended exemption is a stale date (SPEC106), an unreadable one an invalid date (SPEC105): health says so.
        Assert.Contains(new HealthFinding(SpecPart.AdoptionExemption, "2026-06-01"), Spec(catalog, "Beta").Health.Stale);
        Assert.Contains(new HealthFinding(SpecPart.AdoptionExemption, "31.12.2026"), Spec(catalog, "Broken").Health.Invalid);
        Assert.DoesNotContain(Spec(catalog, "Home").Health.Stale.Concat(Spec(catalog, "Home").Health.Invalid), finding => finding.Part == SpecPart.AdoptionExemption);
    }

    [Fact]
    public void Json_OnlyAdoptedSpecsCarryIt()
    {
        using var document = JsonDocument.Parse(SpecsJsonWriter.Write(CompiledProduct.ReadOne(Specs)));
        var specs = document.RootElement.GetProperty("specs").EnumerateArray().ToDictionary(spec => spec.GetProperty("key").GetString()!);

        var home = specs["Home"].GetProperty("adoptionExemption");
        Assert.Equal(("2026-09-30", "existed before adoption", false), (home.GetProperty("until").GetString(), home.GetProperty("reason").GetString(), home.GetProperty("ended").GetBoolean()));
        Assert.True(specs["Beta"].GetProperty("adoptionExemption").GetProperty("ended").GetBoolean());
        Assert.False(specs["written"].TryGetProperty("adoptionExemption", out _));
    }

    [Fact]
    public void Pages_ShowAdoptedAndLapsed_AndALapsedExemptionNeedsAttention()
    {
        var catalog = CompiledProduct.ReadOne(Specs);
        var markdown = SpecsMarkdownWriter.Write(catalog);
        var html = SpecsHtmlWriter.Write(catalog);

        Assert.Contains("adopted: exempt from the mission rules until 2026-09-30", markdown);
        Assert.Contains("| `Beta` | — | no hypothesis; no success metric; no owner; no tweak plan; adoption exemption ended on 2026-06-01: the mission rules apply |", markdown);
        Assert.Contains("<span class=\"chip chip-adopted\">adopted</span>", html);
        Assert.Contains("<span class=\"chip chip-lapsed\">lapsed</span>", html);
        // The legend, Beta's card and Beta's row under "needs attention"; no other spec's.
        Assert.Equal(3, html.Split("chip chip-lapsed\">lapsed").Length - 1);
    }

    private static CatalogSpec Spec(SpecCatalog catalog, string key) => Assert.Single(catalog.Specs, spec => spec.Key == key);
}
