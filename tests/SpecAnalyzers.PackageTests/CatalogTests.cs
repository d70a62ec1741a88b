using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using Json.Schema;
using Microsoft.Playwright;
using SpecAnalyzers.PackageTests.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace SpecAnalyzers.PackageTests;

/// <summary>
/// <c>dotnet build -p:SpecAnalyzersCatalog=true</c> through the real package, on an app that references a library,
/// both with specs: every file holds every spec with its facts, each validates against its schema or parses, the
/// page opens in headless Chromium, the same build writes the same bytes, and a build without the property writes
/// nothing.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class CatalogTests(PackageFixture package)
{
    private static readonly string[] FileNames = ["catalog-info.yaml", "openfeature.flags.json", "specs.html", "specs.json", "specs.md"];

    [Fact]
    public void BuildWithoutTheProperty_WritesNoCatalog()
    {
        var (_, result) = Builds();

        Assert.True(result.WithoutProperty.ExitCode == 0, result.WithoutProperty.ToString());
        Assert.False(result.CatalogExistedBefore, "a build without SpecAnalyzersCatalog wrote bin/…/specs");
    }

    [Fact]
    public void BuildWithTheProperty_WritesEveryFormat_WithoutWarnings()
    {
        var (consumer, result) = Builds();

        Assert.True(result.WithProperty.ExitCode == 0, result.WithProperty.ToString());
        Assert.DoesNotContain("SPECCATALOG", result.WithProperty.Output, StringComparison.Ordinal);
        Assert.Equal(FileNames, Directory.GetFiles(CatalogFolder(consumer)).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void UnknownFormatAndUnreadableReferenceDate_AreWarnings_AndTheRestIsWritten()
    {
        var consumer = CatalogProduct.Create(package, "catalog-options");

        // On the command line MSBuild splits -p on ';' and ',': the semicolon is written escaped.
        var build = consumer.Build("-p:SpecAnalyzersCatalog=true", "-p:SpecAnalyzersCatalogFormats=JSON%3Bpdf", "-p:SpecAnalyzersReferenceDate=next-tuesday");

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Contains("warning SPECCATALOG: SpecAnalyzers: 'pdf' is not a catalog format", build.Output, StringComparison.Ordinal);
        Assert.Contains("warning SPECCATALOG: SpecAnalyzers: SpecAnalyzersReferenceDate 'next-tuesday' is not a yyyy-MM-dd date", build.Output, StringComparison.Ordinal);
        Assert.Equal(["specs.json"], Directory.GetFiles(CatalogFolder(consumer)).Select(Path.GetFileName));
    }

    [Fact]
    public void SameCommit_WritesTheSameBytes()
    {
        var (_, result) = Builds();

        Assert.True(result.Rebuild.ExitCode == 0, result.Rebuild.ToString());
        foreach (var name in FileNames)
        {
            Assert.True(result.First[name].SequenceEqual(result.Second[name]), $"{name} differs between two builds of the same sources");
            Assert.DoesNotContain((byte)'\r', result.First[name]);
        }
    }

    [Fact]
    public void SpecsJson_FollowsTheSchemaShippedInThePackage()
    {
        var (consumer, _) = Builds();
        var schema = JsonSchema.FromText(ReadFromPackage("buildTransitive/schemas/specs.schema.json"), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        using var document = JsonDocument.Parse(Read(consumer, "specs.json"));

        var evaluation = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(evaluation.IsValid, Describe(evaluation));
    }

    [Fact]
    public void SpecsJson_HoldsEverySpecOfBothAssemblies_WithItsFacts()
    {
        var (consumer, _) = Builds();
        using var document = JsonDocument.Parse(Read(consumer, "specs.json"));
        var root = document.RootElement;
        var specs = root.GetProperty("specs").EnumerateArray().ToDictionary(spec => spec.GetProperty("key").GetString()!);

        Assert.Equal("Consumer", root.GetProperty("project").GetString());
        Assert.Equal("2026-06-01", root.GetProperty("referenceDate").GetString());
        Assert.Equal(CatalogProduct.Keys.Keys.Order(StringComparer.Ordinal), specs.Keys);
        Assert.All(CatalogProduct.Keys, pair => Assert.Equal(pair.Value, specs[pair.Key].GetProperty("assembly").GetString()));

        var share = specs["lyrics-card-share"];
        Assert.Equal("experiment", share.GetProperty("kind").GetString());
        Assert.Equal("Consumer.Specs.LyricsCardShare", share.GetProperty("type").GetString());
        Assert.Equal("Ship", share.GetProperty("phase").GetString());
        Assert.Equal(5, share.GetProperty("rolloutPercent").GetInt32());
        Assert.Equal("lyrics-squad", share.GetProperty("owner").GetString());
        var hypothesis = share.GetProperty("hypothesis");
        Assert.StartsWith("We believe sharing lyric cards", hypothesis.GetProperty("statement").GetString());
        Assert.Equal("Screenshot study, 2026-Q1", hypothesis.GetProperty("insight").GetString());
        Assert.Equal("Library.ListeningGoal", hypothesis.GetProperty("goal").GetProperty("type").GetString());
        Assert.Equal("Grow listening time", hypothesis.GetProperty("goal").GetProperty("objective").GetString());
        Assert.Equal("+3% minutes per listener-day by 2027-06-30", hypothesis.GetProperty("goal").GetProperty("keyResult").GetString());
        var success = Assert.Single(share.GetProperty("successMetrics").EnumerateArray().ToList());
        Assert.Equal("listening.minutes", success.GetProperty("name").GetString());
        Assert.Equal("Increase", success.GetProperty("direction").GetString());
        Assert.Equal("minutes per listener-day", success.GetProperty("unit").GetString());
        Assert.Equal(0.02, success.GetProperty("minimumDetectableEffect").GetDouble());
        var guardrail = Assert.Single(share.GetProperty("guardrailMetrics").EnumerateArray().ToList());
        Assert.Equal("app.crash_rate", guardrail.GetProperty("name").GetString());
        Assert.Equal("Decrease", guardrail.GetProperty("direction").GetString());
        Assert.Equal(0.001, guardrail.GetProperty("nonInferiorityMargin").GetDouble());
        Assert.Equal("2027-02-01", share.GetProperty("tweakPlan").GetProperty("reviewBy").GetString());
        Assert.Equal("Specs/LyricsCardShare.cs", share.GetProperty("source").GetProperty("file").GetString());
        Assert.Equal(consumer.PositionOf("Specs/LyricsCardShare.cs", "class LyricsCardShare").Line, share.GetProperty("source").GetProperty("line").GetInt32());
        Assert.Equal("healthy", share.GetProperty("health").GetProperty("status").GetString());

        var car = specs["car-mode"];
        Assert.Equal("feature-flag", car.GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, car.GetProperty("rolloutPercent").ValueKind);
        Assert.Equal("2027-06-30", car.GetProperty("removeBy").GetString());
        Assert.Equal("Library/Specs/CarMode.cs", car.GetProperty("source").GetProperty("file").GetString());
        Assert.Equal("healthy", car.GetProperty("health").GetProperty("status").GetString());
    }

    [Fact]
    public void SpecsJson_MarksTheBrokenSpec_AndStillListsIt()
    {
        var (consumer, _) = Builds();
        using var document = JsonDocument.Parse(Read(consumer, "specs.json"));
        var sleep = document.RootElement.GetProperty("specs").EnumerateArray().Single(spec => spec.GetProperty("key").GetString() == "sleep-timer");
        var health = sleep.GetProperty("health");

        Assert.Equal("attention", health.GetProperty("status").GetString());
        Assert.Equal(["owner"], health.GetProperty("missing").EnumerateArray().Select(part => part.GetString()));
        Assert.Equal(["hypothesis"], health.GetProperty("placeholders").EnumerateArray().Select(finding => finding.GetProperty("part").GetString()));
        Assert.Equal(["removeBy:2026-01-31"], Findings(health, "stale"));
        Assert.Equal(["reviewBy:2026-13-01"], Findings(health, "invalid"));
        Assert.Equal(JsonValueKind.Null, sleep.GetProperty("owner").ValueKind);
    }

    [Fact]
    public void SpecsJson_SaysHowTheAppsConfigurationRunsEachSpec_LibrarySpecsIncluded()
    {
        var (consumer, _) = Builds();
        using var document = JsonDocument.Parse(Read(consumer, "specs.json"));
        var specs = document.RootElement.GetProperty("specs").EnumerateArray().ToDictionary(spec => spec.GetProperty("key").GetString()!);

        // The library's flag, configured by the app as "Car-Mode".
        var car = specs["car-mode"].GetProperty("health").GetProperty("configuration");
        Assert.True(car.GetProperty("configured").GetBoolean());
        var carEnvironment = Assert.Single(car.GetProperty("environments").EnumerateArray().ToList());
        Assert.Equal(JsonValueKind.Null, carEnvironment.GetProperty("environment").ValueKind);
        Assert.Equal("appsettings.json", carEnvironment.GetProperty("file").GetString());
        Assert.Empty(car.GetProperty("findings").EnumerateArray());

        var share = specs["lyrics-card-share"].GetProperty("health").GetProperty("configuration");
        var shareEnvironment = Assert.Single(share.GetProperty("environments").EnumerateArray().ToList());
        Assert.Equal(5, Assert.Single(shareEnvironment.GetProperty("rollouts").EnumerateArray().ToList()).GetProperty("percent").GetDouble());
        Assert.True(shareEnvironment.GetProperty("telemetry").GetBoolean());
        Assert.Empty(share.GetProperty("findings").EnumerateArray());

        // Live specs of either project that no configuration declares: always off.
        foreach (var key in new[] { "queue-radio", "sleep-timer" })
        {
            var configuration = specs[key].GetProperty("health").GetProperty("configuration");
            Assert.False(configuration.GetProperty("configured").GetBoolean());
            Assert.Equal(["SPEC402"], configuration.GetProperty("findings").EnumerateArray().Select(finding => finding.GetProperty("rule").GetString()));
            Assert.Equal("attention", specs[key].GetProperty("health").GetProperty("status").GetString());
        }

        // A spec still in Think is not expected in the configuration.
        Assert.Empty(specs["karaoke-mode"].GetProperty("health").GetProperty("configuration").GetProperty("findings").EnumerateArray());
    }

    [Fact]
    public void SpecsJson_PowerEqualsTheAnalyzersSpec305_WithTheProjectsEditorConfig()
    {
        var (consumer, _) = Builds();
        using var document = JsonDocument.Parse(Read(consumer, "specs.json"));
        var specs = document.RootElement.GetProperty("specs").EnumerateArray().ToDictionary(spec => spec.GetProperty("key").GetString()!);
        using var sarif = JsonDocument.Parse(File.ReadAllText(consumer.FullPath(CatalogProduct.ErrorLog)));
        var spec305 = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Where(result => result.GetProperty("ruleId").GetString() == "SPEC305")
            .Select(result => result.GetProperty("message").GetProperty("text").GetString()!)
            .ToList();

        // The app's two experiments: one with its own traffic, one with .editorconfig's 1,000 users a day.
        Assert.Equal(2, spec305.Count);
        foreach (var (key, traffic) in new[] { ("lyrics-card-share", 400_000.0), ("karaoke-mode", 1_000.0) })
        {
            var power = specs[key].GetProperty("health").GetProperty("power");
            var estimate = power.GetProperty("estimate");
            Assert.Equal(traffic, estimate.GetProperty("eligibleUsersPerDay").GetDouble());
            var message = Assert.Single(spec305, text => text.Contains("'" + key + "'", StringComparison.Ordinal));
            Assert.Contains(" needs " + Whole(estimate.GetProperty("treatmentUsers").GetDouble()) + " users in the treatment, for '" + estimate.GetProperty("drivingMetric").GetString() + "': ", message, StringComparison.Ordinal);
            Assert.EndsWith(": " + Whole(estimate.GetProperty("days").GetDouble()) + " days at " + estimate.GetProperty("rolloutPercent").GetInt32() + "% of " + Whole(traffic) + " eligible users a day", message, StringComparison.Ordinal);
            Assert.False(power.GetProperty("underpowered").GetBoolean());
            Assert.True(power.GetProperty("window").GetProperty("fits").GetBoolean());
        }

        // The library's experiment: 500 users a day cannot size it by its review, at any rollout.
        var radio = specs["queue-radio"].GetProperty("health").GetProperty("power");
        Assert.True(radio.GetProperty("underpowered").GetBoolean());
        Assert.False(radio.GetProperty("window").GetProperty("fits").GetBoolean());
        Assert.Equal(JsonValueKind.Null, radio.GetProperty("window").GetProperty("raisedRolloutPercent").ValueKind);
        Assert.False(specs["car-mode"].GetProperty("health").TryGetProperty("power", out _));
    }

    [Fact]
    public void OpenFeatureManifest_FollowsTheCliSchema_WithEveryFlag()
    {
        var (consumer, _) = Builds();
        var schema = JsonSchema.FromText(
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", "openfeature-flag-manifest.schema.json")),
            new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        using var document = JsonDocument.Parse(Read(consumer, "openfeature.flags.json"));

        var evaluation = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(evaluation.IsValid, Describe(evaluation));
        var flags = document.RootElement.GetProperty("flags");
        Assert.Equal(CatalogProduct.Keys.Keys.Order(StringComparer.Ordinal), flags.EnumerateObject().Select(flag => flag.Name));
        var karaoke = flags.GetProperty("karaoke-mode");
        Assert.Equal("boolean", karaoke.GetProperty("flagType").GetString());
        Assert.False(karaoke.GetProperty("defaultValue").GetBoolean());
        Assert.Equal(CatalogProduct.TrickyStatement, karaoke.GetProperty("description").GetString());
        Assert.Equal("experiment", karaoke.GetProperty("metadata").GetProperty("kind").GetString());
        Assert.Equal(CatalogProduct.TrickyOwner, karaoke.GetProperty("metadata").GetProperty("owner").GetString());
        Assert.Equal(["app.crash_rate"], karaoke.GetProperty("metadata").GetProperty("guardrailMetrics").EnumerateArray().Select(name => name.GetString()));
    }

    [Fact]
    public void BackstageCatalog_ParsesAsOneResourcePerSpec()
    {
        var (consumer, _) = Builds();
        var yaml = new YamlStream();
        using (var reader = new StringReader(Read(consumer, "catalog-info.yaml")))
        {
            yaml.Load(reader);
        }

        var entities = yaml.Documents.Select(entity => (YamlMappingNode)entity.RootNode).ToList();
        Assert.Equal(CatalogProduct.Keys.Count, entities.Count);
        foreach (var entity in entities)
        {
            Assert.Equal("backstage.io/v1alpha1", Scalar(entity, "apiVersion"));
            Assert.Equal("Resource", Scalar(entity, "kind"));
            Assert.Matches(new Regex("^[A-Za-z0-9]+([-_.][A-Za-z0-9]+)*$"), Scalar(entity, "metadata", "name"));
            Assert.True(Scalar(entity, "metadata", "name").Length <= 63);
        }

        var byKey = entities.ToDictionary(entity => Scalar(entity, "metadata", "annotations", "spec-analyzers/key"));
        Assert.Equal(CatalogProduct.Keys.Keys.Order(StringComparer.Ordinal), byKey.Keys.Order(StringComparer.Ordinal));
        var share = byKey["lyrics-card-share"];
        Assert.Equal("experiment", Scalar(share, "spec", "type"));
        Assert.Equal("lyrics-squad", Scalar(share, "spec", "owner"));
        Assert.Equal("Ship", Scalar(share, "metadata", "annotations", "spec-analyzers/phase"));
        Assert.Equal("5", Scalar(share, "metadata", "annotations", "spec-analyzers/rollout-percent"));
        Assert.Equal("2027-02-01", Scalar(share, "metadata", "annotations", "spec-analyzers/review-by"));
        Assert.Equal("listening.minutes", Scalar(share, "metadata", "annotations", "spec-analyzers/success-metrics"));
        Assert.Equal("app.crash_rate", Scalar(share, "metadata", "annotations", "spec-analyzers/guardrail-metrics"));
        Assert.Equal("feature-flag", Scalar(byKey["car-mode"], "spec", "type"));
        Assert.Equal("2027-06-30", Scalar(byKey["car-mode"], "metadata", "annotations", "spec-analyzers/remove-by"));
        Assert.Equal("unowned", Scalar(byKey["sleep-timer"], "spec", "owner"));
        Assert.Equal(CatalogProduct.TrickyStatement, Scalar(byKey["karaoke-mode"], "metadata", "description"));
        Assert.Equal(CatalogProduct.TrickyOwner, Scalar(byKey["karaoke-mode"], "metadata", "annotations", "spec-analyzers/owner"));
    }

    [Fact]
    public void Markdown_ListsEverySpecUnderItsGoal()
    {
        var (consumer, _) = Builds();
        var markdown = Read(consumer, "specs.md");

        var goal = markdown.IndexOf("## Goal: Grow listening time", StringComparison.Ordinal);
        var noGoal = markdown.IndexOf("## No goal", StringComparison.Ordinal);
        Assert.True(goal >= 0 && noGoal > goal, markdown);
        Assert.All(["car-mode", "lyrics-card-share"], key => Assert.InRange(markdown.IndexOf("### `" + key + "`", StringComparison.Ordinal), goal, noGoal));
        Assert.All(["karaoke-mode", "sleep-timer"], key => Assert.True(markdown.IndexOf("### `" + key + "`", StringComparison.Ordinal) > noGoal, key));
        Assert.Contains("&lt;i&gt;karaoke&lt;/i&gt; &amp;", markdown, StringComparison.Ordinal);
        Assert.Contains("| `sleep-timer` |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Html_OpensInChromium_WithoutErrors_ShowsEveryKey_AndSearches()
    {
        var (consumer, _) = Builds();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.Path,
            Args = ["--no-sandbox"],
        });
        var page = await browser.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);

        await page.GotoAsync(new Uri(Path.Combine(CatalogFolder(consumer), "specs.html")).AbsoluteUri);
        var text = await page.InnerTextAsync("body");

        Assert.Empty(errors);
        Assert.Single(requests);
        Assert.All(CatalogProduct.Keys.Keys, key => Assert.Contains(key, text, StringComparison.Ordinal));
        Assert.Contains(CatalogProduct.TrickyStatement, text, StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("i").CountAsync());
        Assert.Equal(CatalogProduct.Keys.Count, await page.Locator("svg.tree .tree-spec").CountAsync());
        Assert.Equal(["Think", "Build", "Ship", "Tweak", "Retired"], (await page.Locator(".board h3").AllInnerTextsAsync()).Select(title => title.Split([' ', '\n'])[0]));
        var attention = await page.InnerTextAsync("table.attention");
        Assert.Contains("sleep-timer", attention, StringComparison.Ordinal);
        Assert.Contains("unconfigured", await page.Locator("table.attention tr", new() { HasText = "queue-radio" }).InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("underpowered", await page.Locator("table.attention tr", new() { HasText = "queue-radio" }).InnerTextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("lyrics-card-share", attention, StringComparison.Ordinal);
        using (var json = JsonDocument.Parse(Read(consumer, "specs.json")))
        {
            var estimate = json.RootElement.GetProperty("specs").EnumerateArray().Single(spec => spec.GetProperty("key").GetString() == "lyrics-card-share")
                .GetProperty("health").GetProperty("power").GetProperty("estimate");
            var days = estimate.GetProperty("days").GetDouble();
            var needs = "needs " + Whole(estimate.GetProperty("treatmentUsers").GetDouble()) + " users in treatment, " + Whole(days) + (days == 1 ? " day" : " days");
            Assert.Equal(needs, await page.Locator(".card", new() { HasText = "lyrics-card-share" }).Locator(".power").InnerTextAsync());
        }


        await page.FillAsync("#search", "drive-squad");
        var visibleCards = await page.Locator(".card:visible .spec-key").AllInnerTextsAsync();
        Assert.Equal(["car-mode"], visibleCards);
        Assert.Equal(CatalogProduct.Keys.Count - 1, await page.Locator("svg.tree .tree-spec.dim").CountAsync());

        await page.FillAsync("#search", "app.crash_rate");
        Assert.Equal(["karaoke-mode", "lyrics-card-share"], (await page.Locator(".card:visible .spec-key").AllInnerTextsAsync()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void CatalogTask_ReferencesOnlyAssembliesEveryMSBuildProvides()
    {
        using var archive = ZipFile.OpenRead(package.PackagePath);
        using var image = new MemoryStream();
        using (var entry = archive.GetEntry("buildTransitive/tasks/netstandard2.0/SpecAnalyzers.Catalog.dll")!.Open())
        {
            entry.CopyTo(image);
        }

        image.Position = 0;
        using var reader = new System.Reflection.PortableExecutable.PEReader(image);
        var metadata = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(reader);
        var references = metadata.AssemblyReferences
            .Select(handle => metadata.GetAssemblyReference(handle))
            .ToDictionary(reference => metadata.GetString(reference.Name), reference => reference.Version);

        // MSBuild 17.8 (Visual Studio 2022 17.8, .NET SDK 8.0.100) ships System.Reflection.Metadata and
        // System.Collections.Immutable 7.0 and binds older references to them; nothing else may be needed beside the task.
        Assert.Equal(["Microsoft.Build.Framework", "System.Collections.Immutable", "System.Reflection.Metadata", "netstandard"], references.Keys.Order(StringComparer.Ordinal));
        Assert.True(references["System.Reflection.Metadata"] <= new Version(7, 0, 0, 0), references["System.Reflection.Metadata"].ToString());
        Assert.True(references["System.Collections.Immutable"] <= new Version(7, 0, 0, 0), references["System.Collections.Immutable"].ToString());
    }

    /// <summary>
    /// The product built three times, once per test run: without the property (nothing may appear), with it, and
    /// again from scratch with it (the same bytes must appear).
    /// </summary>
    private (ConsumerProject Consumer, CatalogBuilds Result) Builds() =>
        package.Shared(nameof(CatalogTests), () =>
        {
            var consumer = CatalogProduct.Create(package, "catalog");
            var withoutProperty = consumer.Build();
            var existedBefore = Directory.Exists(CatalogFolder(consumer));
            var withProperty = consumer.Build("-p:SpecAnalyzersCatalog=true");
            var first = Snapshot(consumer);
            Directory.Delete(CatalogFolder(consumer), recursive: true);
            var rebuild = consumer.Build("-p:SpecAnalyzersCatalog=true", "--no-incremental");
            return (consumer, new CatalogBuilds(withoutProperty, existedBefore, withProperty, rebuild, first, Snapshot(consumer)));
        });

    private static Dictionary<string, byte[]> Snapshot(ConsumerProject consumer) =>
        FileNames.Where(name => File.Exists(Path.Combine(CatalogFolder(consumer), name)))
            .ToDictionary(name => name, name => File.ReadAllBytes(Path.Combine(CatalogFolder(consumer), name)));

    private static string CatalogFolder(ConsumerProject consumer) => consumer.FullPath(Path.Combine("bin", "Debug", "net10.0", "specs"));

    private static string Read(ConsumerProject consumer, string name) => File.ReadAllText(Path.Combine(CatalogFolder(consumer), name));

    private string ReadFromPackage(string entryName)
    {
        using var archive = ZipFile.OpenRead(package.PackagePath);
        using var reader = new StreamReader(archive.GetEntry(entryName)!.Open());
        return reader.ReadToEnd();
    }

    private static string Whole(double value) => value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

    private static IEnumerable<string> Findings(JsonElement health, string list) =>
        health.GetProperty(list).EnumerateArray().Select(finding => finding.GetProperty("part").GetString() + ":" + finding.GetProperty("value").GetString());

    private static string Scalar(YamlMappingNode node, params string[] path)
    {
        YamlNode current = node;
        foreach (var name in path)
        {
            current = ((YamlMappingNode)current).Children[new YamlScalarNode(name)];
        }

        return ((YamlScalarNode)current).Value!;
    }

    private static string Describe(EvaluationResults evaluation) =>
        string.Join("\n", (evaluation.Details ?? []).Where(detail => detail.Errors is { Count: > 0 })
            .SelectMany(detail => detail.Errors!.Select(error => $"{detail.InstanceLocation} ({detail.EvaluationPath}): {error.Key} {error.Value}")));

    private sealed record CatalogBuilds(
        ProcessResult WithoutProperty,
        bool CatalogExistedBefore,
        ProcessResult WithProperty,
        ProcessResult Rebuild,
        Dictionary<string, byte[]> First,
        Dictionary<string, byte[]> Second);
}
