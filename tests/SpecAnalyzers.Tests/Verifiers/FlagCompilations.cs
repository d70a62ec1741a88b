using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SpecAnalyzers.Tests.Verifiers;

/// <summary>
/// Compilations built by hand, as the compiler and the IDE see them: with the specs in a referenced assembly read from
/// metadata, with rule severities from an .editorconfig, or with code that does not compile.
/// </summary>
internal static class FlagCompilations
{
    public static async Task<CSharpCompilation> CreateAsync(params string[] sources) =>
        AnalyzerRunner.CreateCompilation(await FlagLibraries.ResolveAsync(), sources);

    /// <summary>An application compiled against <see cref="FlagSpecs.Catalog"/> as a referenced assembly (an emitted image, not source).</summary>
    public static async Task<CSharpCompilation> CreateWithSpecLibraryAsync(params string[] sources)
    {
        var references = await FlagLibraries.ResolveAsync();
        return AnalyzerRunner.CreateCompilation(references.Add(EmittedLibrary.Create("Music.Specs", FlagSpecs.Catalog, references)), sources);
    }

    /// <summary>Applies an .editorconfig's <c>dotnet_diagnostic.*.severity</c> lines the way the compiler does.</summary>
    public static CSharpCompilation WithEditorConfig(CSharpCompilation compilation, string editorConfig)
    {
        var config = AnalyzerConfigSet.Create(ImmutableArray.Create(AnalyzerConfig.Parse(editorConfig, "/.editorconfig")));
        var provider = new EditorConfigSeverities(config);
        return compilation.WithOptions(compilation.Options.WithSyntaxTreeOptionsProvider(provider));
    }

    public static Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Compilation compilation) =>
        AnalyzerRunner.GetAnalyzerDiagnosticsAsync(compilation, [new FlagEvaluationAnalyzer()]);

    private sealed class EditorConfigSeverities(AnalyzerConfigSet config) : SyntaxTreeOptionsProvider
    {
        public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.NotGenerated;

        public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
            config.GetOptionsForSourcePath("/" + tree.FilePath).TreeOptions.TryGetValue(diagnosticId, out severity);

        public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
        {
            severity = ReportDiagnostic.Default;
            return false;
        }
    }
}
