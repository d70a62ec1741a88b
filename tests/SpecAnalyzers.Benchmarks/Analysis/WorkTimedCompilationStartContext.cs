using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SpecAnalyzers.Benchmarks.Analysis;

/// <summary>A <see cref="CompilationStartAnalysisContext"/> whose registered callbacks <paramref name="account"/> times.</summary>
// The wrapped analyzer's registrations go to context, through the overrides below.
#pragma warning disable RS1012
internal sealed class WorkTimedCompilationStartContext(CompilationStartAnalysisContext context, WorkTimedAnalyzer account)
#pragma warning restore RS1012
    : CompilationStartAnalysisContext(context.Compilation, context.Options, context.CancellationToken)
{
    public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) => context.RegisterCompilationEndAction(account.Timed(action));

    public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) =>
        context.RegisterSymbolAction(account.Timed(action), symbolKinds);

    public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) =>
        context.RegisterSyntaxNodeAction(account.Timed(action), syntaxKinds);

    public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => context.RegisterSemanticModelAction(account.Timed(action));

    public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => context.RegisterSyntaxTreeAction(account.Timed(action));

    public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) =>
        throw new NotSupportedException("The benchmark does not time code-block start actions.");

    public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => context.RegisterCodeBlockAction(account.Timed(action));

    // The base class throws for this one: the configuration rules and Razor views are read in additional-file actions.
    public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action) =>
        context.RegisterAdditionalFileAction(account.Timed(action));
}
