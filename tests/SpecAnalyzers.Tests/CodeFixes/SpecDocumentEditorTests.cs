using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using SpecAnalyzers.CodeFixes.Building;
using SpecAnalyzers.CodeFixes.Editing;

namespace SpecAnalyzers.Tests.CodeFixes;

/// <summary>
/// Which spec a diagnostic leads the fixes to: any diagnostic on a spec's header (its name, as SPEC001–SPEC004
/// report, or one of its attribute values, as a later rule may) and nothing else.
/// </summary>
public sealed class SpecDocumentEditorTests
{
    private const string Source = """
        using SpecAnalyzers;

        [Experiment("lyrics-card-share", Phase = Phase.Ship)]
        [Owner("lyrics-squad")]
        public sealed class LyricsCardShare
        {
            public void Render() { }

            [FeatureFlag("lyric-themes")]
            public sealed class LyricThemes { }
        }

        public sealed class Player { }
        """;

    [Theory]
    [InlineData("LyricsCardShare", "LyricsCardShare")]
    [InlineData("Phase.Ship", "LyricsCardShare")]
    [InlineData("\"lyrics-squad\"", "LyricsCardShare")]
    [InlineData("LyricThemes", "LyricThemes")]
    [InlineData("\"lyric-themes\"", "LyricThemes")]
    public async Task DiagnosticOnASpecsHeader_ThatSpec(string squiggled, string expectedSpec)
    {
        var (editor, tree) = await CreateAsync(Source);

        var target = editor.FindSpec(DiagnosticOn(tree, squiggled), CancellationToken.None);

        Assert.Equal(expectedSpec, target?.Spec.Type.Name);
    }

    [Theory]
    [InlineData("Render")]
    [InlineData("Player")]
    [InlineData("using SpecAnalyzers;")]
    public async Task DiagnosticElsewhere_NoSpec(string squiggled)
    {
        var (editor, tree) = await CreateAsync(Source);

        Assert.Null(editor.FindSpec(DiagnosticOn(tree, squiggled), CancellationToken.None));
    }

    [Fact]
    public async Task DiagnosticOfAnEarlierVersionOfTheFile_NoSpec()
    {
        var (editor, _) = await CreateAsync(Source);
        var earlier = CSharpSyntaxTree.ParseText("// an older version\n" + Source, path: "File0.cs");

        Assert.Null(editor.FindSpec(DiagnosticOn(earlier, "LyricsCardShare"), CancellationToken.None));
    }

    [Fact]
    public async Task GuardrailStubForTheSpecOfAValueDiagnostic_StubAndReferenceWritten()
    {
        // What a SPEC301 fix ("add guardrail stub") amounts to, on a diagnostic squiggling the phase.
        var (editor, tree) = await CreateAsync(Source);
        var target = editor.FindSpec(DiagnosticOn(tree, "Phase.Ship"), CancellationToken.None)!;

        SpecPartEdits.AddMetricStub(editor, target, MetricRole.Guardrail, CancellationToken.None);

        var changed = await editor.GetChangedDocumentAsync(CancellationToken.None);
        Assert.Equal("""
            using SpecAnalyzers;

            [Experiment("lyrics-card-share", Phase = Phase.Ship)]
            [Owner("lyrics-squad")]
            [GuardrailMetric(typeof(LyricsCardShareGuardrailMetric), NonInferiorityMargin = 0.01)]
            public sealed class LyricsCardShare
            {
                public void Render() { }

                [FeatureFlag("lyric-themes")]
                public sealed class LyricThemes { }
            }

            [Metric("lyrics_card_share.guardrail", Direction = MetricDirection.Decrease, Description = "TODO: what this metric measures and where it is computed")]
            public sealed class LyricsCardShareGuardrailMetric { }

            public sealed class Player { }
            """, (await changed.GetTextAsync()).ToString());
    }

    private static Diagnostic DiagnosticOn(SyntaxTree tree, string text)
    {
        var start = tree.GetText().ToString().IndexOf(text, StringComparison.Ordinal);
        return Diagnostic.Create(Descriptors.MissingHypothesis, Location.Create(tree, new TextSpan(start, text.Length)));
    }

    private static async Task<(SpecDocumentEditor Editor, SyntaxTree Tree)> CreateAsync(string source)
    {
        var document = (await TestProject.CreateAsync(source)).Documents.Single();
        var editor = await SpecDocumentEditor.CreateAsync(document, new GeneratedTypeNames(), CancellationToken.None);
        return (editor!, (await document.GetSyntaxTreeAsync())!);
    }
}
