using Microsoft.CodeAnalysis;
using SpecAnalyzers.CodeFixes;
using SpecAnalyzers.CodeFixes.Building;
using SpecAnalyzers.CodeFixes.Editing;
using SpecAnalyzers.Model;

namespace SpecAnalyzers.Tests.CodeFixes;

/// <summary>The whole-spec builder that "declare spec" fixes start from.</summary>
public sealed class SpecDeclarationBuilderTests
{
    private static readonly SpecPartAttributeBuilder Parts =
        new(new SpecFixOptions(defaultOwner: "lyrics-squad", reviewAfterDays: 90, today: new DateTime(2026, 1, 15)));

    [Fact]
    public void ExperimentKey_NewFileWithTheSpecAndItsStub()
    {
        var unit = SpecDeclarationBuilder.Build(SpecKind.Experiment, "lyrics-card-share", Parts).ToCompilationUnit("Music.Specs", "\n");

        Assert.Equal("""
            using SpecAnalyzers;

            namespace Music.Specs;

            [global::SpecAnalyzers.Experiment("lyrics-card-share")]
            [global::SpecAnalyzers.Owner("lyrics-squad")]
            [global::SpecAnalyzers.Hypothesis("TODO: We believe [change] for [audience] will [move metric] because [insight]")]
            [global::SpecAnalyzers.SuccessMetric(typeof(LyricsCardShareSuccessMetric), MinimumDetectableEffect = 0.02)]
            [global::SpecAnalyzers.TweakPlan("TODO: what we will optimise or cut once this ships", ReviewBy = "2026-04-15")]
            public sealed class LyricsCardShare { }

            [global::SpecAnalyzers.Metric("lyrics_card_share.success", Direction = global::SpecAnalyzers.MetricDirection.Increase, Description = "TODO: what this metric measures and where it is computed")]
            public sealed class LyricsCardShareSuccessMetric { }

            """, unit.ToFullString());
    }

    [Fact]
    public async Task NewDocumentCleanedUp_NamesShort()
    {
        var unit = SpecDeclarationBuilder.Build(SpecKind.FeatureFlag, "offline-lyrics", Parts).ToCompilationUnit(namespaceName: null, "\n");
        var document = (await TestProject.CreateAsync(unit.ToFullString())).Documents.Single();

        var cleaned = await GeneratedSyntaxCleanup.ApplyAsync(document.WithSyntaxRoot(unit), CancellationToken.None);

        Assert.Equal("""
            using SpecAnalyzers;

            [FeatureFlag("offline-lyrics")]
            [Owner("lyrics-squad")]
            [Hypothesis("TODO: We believe [change] for [audience] will [move metric] because [insight]")]
            [SuccessMetric(typeof(OfflineLyricsSuccessMetric), MinimumDetectableEffect = 0.02)]
            [TweakPlan("TODO: what we will optimise or cut once this ships", ReviewBy = "2026-04-15")]
            public sealed class OfflineLyrics { }

            [Metric("offline_lyrics.success", Direction = MetricDirection.Increase, Description = "TODO: what this metric measures and where it is computed")]
            public sealed class OfflineLyricsSuccessMetric { }

            """, (await cleaned.GetTextAsync()).ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Music")]
    public async Task AnyNamespace_CompilesWithNoMissingPartOrError(string? namespaceName)
    {
        var source = SpecDeclarationBuilder.Build(SpecKind.FeatureFlag, "offline-lyrics", Parts).ToCompilationUnit(namespaceName, "\r\n").ToFullString();

        var compilation = await AnalyzerRunner.CreateCompilationAsync(source);
        var diagnostics = compilation.GetDiagnostics().AddRange(await AnalyzerRunner.GetAnalyzerDiagnosticsAsync(compilation, AnalyzerRunner.AllAnalyzers));

        // Every part is there; the templates stay errors (SPEC005: hypothesis, stub metric, tweak plan; the owner is configured) until written.
        Assert.Equal(
            ["SPEC005", "SPEC005", "SPEC005"],
            diagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).Select(diagnostic => diagnostic.Id));
        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id is "SPEC001" or "SPEC002" or "SPEC003" or "SPEC004");
    }
}
