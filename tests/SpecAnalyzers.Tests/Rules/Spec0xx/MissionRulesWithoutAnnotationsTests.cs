using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SpecAnalyzers.Tests.Rules.Spec0xx;

public sealed class MissionRulesWithoutAnnotationsTests
{
    [Fact]
    public async Task CompilationWithoutAnnotations_LookalikeAttributesIgnored()
    {
        var references = await TestReferences.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var compilation = CSharpCompilation.Create(
            "NoSpecs",
            [CSharpSyntaxTree.ParseText("""
                namespace Other
                {
                    [System.AttributeUsage(System.AttributeTargets.Class)]
                    public sealed class FeatureFlagAttribute : System.Attribute { public FeatureFlagAttribute(string key) { } }

                    [FeatureFlag("offline-lyrics")]
                    public sealed class OfflineLyrics { }
                }
                """)],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        var diagnostics = await AnalyzerRunner.GetAnalyzerDiagnosticsAsync(compilation, AnalyzerRunner.AllAnalyzers);

        Assert.Empty(diagnostics);
    }
}
