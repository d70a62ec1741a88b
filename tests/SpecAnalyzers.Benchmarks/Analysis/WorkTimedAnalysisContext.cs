using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SpecAnalyzers.Benchmarks.Analysis;

/// <summary>
/// An analyzer's <see cref="AnalysisContext"/> whose compilation-start actions hand on a
/// <see cref="WorkTimedCompilationStartContext"/>, so every callback registered there is timed by
/// <paramref name="account"/>. SpecAnalyzers registers all its work from a compilation start; any other action
/// registered here fails the benchmark (an AD0001 the expected counts never allow) rather than having its work left
/// out of the account.
/// </summary>
internal sealed class WorkTimedAnalysisContext(AnalysisContext context, WorkTimedAnalyzer account) : AnalysisContext
{
    public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) => context.ConfigureGeneratedCodeAnalysis(analysisMode);

    public override void EnableConcurrentExecution() => context.EnableConcurrentExecution();

    public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) =>
        context.RegisterCompilationStartAction(account.Timed<CompilationStartAnalysisContext>(start => action(new WorkTimedCompilationStartContext(start, account))));

    public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => throw NotTimed();

    public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => throw NotTimed();

    public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) =>
        throw NotTimed();

    public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => throw NotTimed();

    public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => throw NotTimed();

    public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw NotTimed();

    public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => throw NotTimed();

    private static NotSupportedException NotTimed() =>
        new("The benchmark times actions registered from a compilation start only: register this one there.");
}
