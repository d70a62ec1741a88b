using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SpecAnalyzers.Tests.ValidCode;

namespace SpecAnalyzers.Tests.Performance;

/// <summary>
/// Work registered for the end of the compilation runs again on every edit in the IDE's full-solution analysis and
/// delays every build's last diagnostics. Only the duplicate-key rule (SPEC103) must see every spec at once; every
/// other analyzer answers per symbol, per file, per operation or per syntax node. Two exceptions are registered only
/// where they apply, so a project with specs (the valid-code project here) never pays for them: SPEC204 while a team
/// turns it on, and the first-install SPEC201 summary while a compilation declares and references no spec (its
/// count needs every file; such a project has no spec for the other rules to check yet). The
/// configuration rules that compare a JSON file with every spec (SPEC401, SPEC404) answer per additional file instead:
/// their diagnostics belong to that file, a C# keystroke does not run them.
/// </summary>
public sealed class CompilationEndWorkTests
{
    private const string DuplicateKeyRuleId = "SPEC103";

    public static TheoryData<string> Analyzers()
    {
        var data = new TheoryData<string>();
        foreach (var analyzer in AnalyzerRunner.AllAnalyzers)
        {
            data.Add(analyzer.GetType().Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Analyzers))]
    public async Task Analyzer_RegistersNoCompilationEndWorkUnlessItFindsDuplicateKeys(string analyzerName)
    {
        var analyzer = AnalyzerRunner.AllAnalyzers.Single(candidate => candidate.GetType().Name == analyzerName);
        var compilation = await ValidCodeProject.CompileAsync();
        var analysis = compilation.WithAnalyzers([analyzer], new CompilationWithAnalyzersOptions(
            ValidCodeProject.Options, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false));

        var telemetry = (await analysis.GetAnalysisResultAsync(CancellationToken.None)).AnalyzerTelemetryInfo[analyzer];

        if (analyzer.SupportedDiagnostics.Any(descriptor => descriptor.Id == DuplicateKeyRuleId))
        {
            return;
        }

        Assert.Equal(0, telemetry.CompilationEndActionsCount);
        Assert.Equal(0, telemetry.CompilationActionsCount);
        Assert.Equal(0, telemetry.SymbolEndActionsCount);
        Assert.True(telemetry.CompilationStartActionsCount + telemetry.SymbolActionsCount + telemetry.OperationActionsCount
            + telemetry.SyntaxNodeActionsCount + telemetry.SemanticModelActionsCount + telemetry.SyntaxTreeActionsCount > 0,
            "The telemetry counted no action at all: it is not measuring this analyzer.");
    }
}
