using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SpecAnalyzers.Benchmarks.Analysis;

/// <summary>
/// Stands in for the IDE's own compiler-diagnostics analyzer: on a keystroke the IDE computes the open document's
/// compiler diagnostics through the same <see cref="CompilationWithAnalyzers"/> as every other analyzer, so the
/// binding of that document is done once and shared. Timing SpecAnalyzers beside this analyzer, against this
/// analyzer alone, leaves what SpecAnalyzers adds to a keystroke.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class CompilerDiagnosticsAnalyzer : BaselineAnalyzer
{
    protected override void Register(AnalysisContext context) =>
        context.RegisterSemanticModelAction(modelContext => modelContext.SemanticModel.GetDiagnostics(cancellationToken: modelContext.CancellationToken));
}
