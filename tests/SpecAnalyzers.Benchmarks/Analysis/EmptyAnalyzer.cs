using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SpecAnalyzers.Benchmarks.Analysis;

/// <summary>
/// The baseline of whole-project analysis: an analyzer that does nothing. Roslyn skips the analysis (and the
/// compilation with it) for an analyzer whose actions cannot matter, even an empty compilation-start action, so
/// this one registers an empty action per type, the kind SpecAnalyzers registers. The analysis then runs the whole
/// compilation and dispatches every type, exactly as for SpecAnalyzers and as in any build (where the SDK's own
/// analyzers keep Roslyn's analyzer driver running anyway): timing SpecAnalyzers against it leaves what
/// SpecAnalyzers' own code and diagnostics add.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class EmptyAnalyzer : BaselineAnalyzer
{
    protected override void Register(AnalysisContext context) => context.RegisterSymbolAction(_ => { }, SymbolKind.NamedType);
}
