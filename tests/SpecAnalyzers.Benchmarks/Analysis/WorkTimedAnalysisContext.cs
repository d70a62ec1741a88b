using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SpecAnalyzers.Benchmarks.Analysis;

/// <summary>
/// An analyzer's <see cref="AnalysisContext"/> with every callback it registers timed by <paramref name="account"/>.
/// Start actions below the compilation (code block, operation block, symbol start) and operation actions are not
/// forwarded (Roslyn's base class throws for the latter): an analyzer that starts using one fails the benchmark (an
/// AD0001 the expected counts never allow) rather than having its work left out of the account.
/// </summary>
internal sealed class WorkTimedAnalysisContext(AnalysisContext context, WorkTimedAnalyzer account) : AnalysisContext
{
    public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) => context.ConfigureGeneratedCodeAnalysis(analysisMode);

    public override void EnableConcurrentExecution() => context.EnableConcurrentExecution();

    public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) =>
        context.RegisterCompilationStartAction(account.Timed<CompilationStartAnalysisContext>(start => action(new WorkTimedCompilationStartContext(start, account))));

    public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => context.RegisterCompilationAction(account.Timed(action));

    public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) =>
        context.RegisterSymbolAction(account.Timed(action), symbolKinds);

    public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) =>
        context.RegisterSyntaxNodeAction(account.Timed(action), syntaxKinds);

    public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => context.RegisterSemanticModelAction(account.Timed(action));

    public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => context.RegisterSyntaxTreeAction(account.Timed(action));

    public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) =>
        throw new NotSupportedException("The benchmark does not time code-block start actions.");

    public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => context.RegisterCodeBlockAction(account.Timed(action));
}
