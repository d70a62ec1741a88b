extern alias catalog;

using System.Text.Json;
using catalog::SpecAnalyzers.Catalog;
using catalog::SpecAnalyzers.Catalog.Model;
using catalog::SpecAnalyzers.Catalog.Writers;

namespace SpecAnalyzers.Tests.Catalogs;

/// <summary>
/// The writers over one catalog with a complete spec and one whose texts carry markup, quotes, YAML indicators and
/// line breaks: each file keeps the text as written and lets none of it change the file's structure.
/// </summary>
public sealed class CatalogWriterTests
{
    private const string Tricky = "We believe <script>alert('x')</script> & \"quotes\"\nwill: #1 {raise} [it] | `code` *now*";

    private static readonly SpecCatalog Catalog = CompiledProduct.ReadOne("""
        using SpecAnalyzers;

        namespace Shop;

        [Metric("checkout.conversion", Direction = MetricDirection.Increase, Unit = "orders per visit")]
        public sealed class Conversion { }

        [Goal("Sell more", KeyResult = "+2% by 2027-01-31")]
        public sealed class SellMore { }

        [Experiment("promo-banner", Phase = Phase.Ship, RolloutPercent = 5)]
        [Owner("growth")]
        [Hypothesis("We believe a banner will raise conversion because buyers ignore email", Goal = typeof(SellMore))]
        [SuccessMetric(typeof(Conversion), MinimumDetectableEffect = 0.02)]
        [TweakPlan("Show it once a day", ReviewBy = "2027-02-01")]
        public sealed class Banner { }

        [FeatureFlag("Tricky_Key!", Phase = Phase.Build)]
        [Owner("night owls: #1")]
        [Hypothesis("We believe <script>alert('x')</script> & \"quotes\"\nwill: #1 {raise} [it] | `code` *now*")]
        public sealed class Tricky { }
        """);

    [Fact]
    public void EveryFormat_IsDeterministic_WithUnixLineEnds()
    {
        foreach (var format in CatalogFormat.All)
        {
            var first = format.Write(Catalog);
            Assert.Equal(first, format.Write(Catalog));
            Assert.DoesNotContain('\r', first);
            Assert.EndsWith("\n", first, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Json_RoundTripsUserText_AndMarksAbsentParts()
    {
        using var document = JsonDocument.Parse(SpecsJsonWriter.Write(Catalog));
        var specs = document.RootElement.GetProperty("specs").EnumerateArray().ToList();

        Assert.Equal(SpecsJsonWriter.SchemaId, document.RootElement.GetProperty("$schema").GetString());
        Assert.Equal("1.1", document.RootElement.GetProperty("version").GetString());
        Assert.Equal(["Tricky_Key!", "promo-banner"], specs.Select(spec => spec.GetProperty("key").GetString()));
        var tricky = specs[0];
        Assert.Equal(Tricky, tricky.GetProperty("hypothesis").GetProperty("statement").GetString());
        Assert.Equal(JsonValueKind.Null, tricky.GetProperty("hypothesis").GetProperty("goal").ValueKind);
        Assert.Equal(JsonValueKind.Null, tricky.GetProperty("tweakPlan").ValueKind);
        Assert.Equal(["successMetric", "tweakPlan"], tricky.GetProperty("health").GetProperty("missing").EnumerateArray().Select(part => part.GetString()));
        Assert.False(tricky.TryGetProperty("eligibleUsersPerDay", out _));
        Assert.False(tricky.GetProperty("health").TryGetProperty("power", out _));
    }

    [Fact]
    public void Html_EscapesEveryUserString()
    {
        var html = SpecsHtmlWriter.Write(Catalog);

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;", html, StringComparison.Ordinal);
        Assert.Contains("night owls: #1", html, StringComparison.Ordinal);
        Assert.Equal(1, html.Split("<script>").Length - 1);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", string.Empty), StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_KeepsUserTextInline_AndInert()
    {
        var markdown = SpecsMarkdownWriter.Write(Catalog);

        Assert.Contains(@"> We believe &lt;script&gt;alert('x')&lt;/script&gt; &amp; ""quotes"" will: \#1 {raise} \[it\] \| \`code\` \*now\*", markdown, StringComparison.Ordinal);
        Assert.Contains("## Goal: Sell more", markdown, StringComparison.Ordinal);
        Assert.True(markdown.IndexOf("### `promo-banner`", StringComparison.Ordinal) < markdown.IndexOf("## No goal", StringComparison.Ordinal));
    }

    [Fact]
    public void Backstage_NamesAreValid_AndEveryStringIsQuoted()
    {
        var yaml = BackstageCatalogWriter.Write(Catalog);
        var documents = yaml.Split("---\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(2, documents.Length);
        Assert.Contains("  name: \"Tricky_Key\"\n", documents[0], StringComparison.Ordinal);
        Assert.Contains("    spec-analyzers/owner: \"night owls: #1\"\n", documents[0], StringComparison.Ordinal);
        Assert.Contains("  owner: \"unowned\"\n", documents[0], StringComparison.Ordinal);
        Assert.Contains("  description: \"We believe \\u003cscript\\u003ealert('x')\\u003c/script\\u003e \\u0026 \\\"quotes\\\"\\nwill: #1", documents[0], StringComparison.Ordinal);
        Assert.Contains("  owner: \"growth\"\n", documents[1], StringComparison.Ordinal);
        Assert.Contains("    spec-analyzers/rollout-percent: \"5\"\n", documents[1], StringComparison.Ordinal);
    }

    [Fact]
    public void OpenFeature_EveryFlagIsBooleanAndOffByDefault()
    {
        using var document = JsonDocument.Parse(OpenFeatureManifestWriter.Write(Catalog));
        var flags = document.RootElement.GetProperty("flags").EnumerateObject().ToList();

        Assert.Equal(["Tricky_Key!", "promo-banner"], flags.Select(flag => flag.Name));
        Assert.All(flags, flag =>
        {
            Assert.Equal("boolean", flag.Value.GetProperty("flagType").GetString());
            Assert.False(flag.Value.GetProperty("defaultValue").GetBoolean());
        });
        Assert.Equal(Tricky, flags[0].Value.GetProperty("description").GetString());
        Assert.Equal(5, flags[1].Value.GetProperty("metadata").GetProperty("rolloutPercent").GetInt32());
    }

    [Theory]
    [InlineData("", new[] { "json", "md", "html", "openfeature", "backstage" }, new string[0])]
    [InlineData("JSON; html", new[] { "json", "html" }, new string[0])]
    [InlineData("json,yaml", new[] { "json" }, new[] { "yaml" })]
    public void Formats_AreChosenByName(string names, string[] expected, string[] unknown)
    {
        var formats = CatalogFormat.Parse(names, out var notFormats);

        Assert.Equal(expected, formats.Select(format => format.Name));
        Assert.Equal(unknown, notFormats);
    }
}
