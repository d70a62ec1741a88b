using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SpecAnalyzers.Tests.Robustness;

/// <summary>The robustness harness must catch what it is there to catch: a throwing analyzer, a throwing fix.</summary>
public sealed class HarnessSelfTests
{
    private static readonly RobustnessInput BareSpec = new("bare spec", [("Bare.cs", """
        [SpecAnalyzers.FeatureFlag("bare")]
        public sealed class Bare { }
        """)]);

    [Fact]
    public async Task ThrowingAnalyzer_ReportedAsFailure()
    {
        var harness = await RobustnessHarness.CreateAsync([new ThrowingAnalyzer()], []);

        var report = await harness.RunAsync([BareSpec], fixEvery: 1);

        Assert.Contains(report.Failures, failure => failure.StartsWith("bare spec:", StringComparison.Ordinal) && failure.Contains(nameof(ThrowingAnalyzer)));
    }

    [Fact]
    public async Task ThrowingFix_ReportedAsFailure()
    {
        var harness = await RobustnessHarness.CreateAsync(AnalyzerRunner.AllAnalyzers, [new ThrowingFix()]);

        var report = await harness.RunAsync([BareSpec], fixEvery: 1);

        Assert.Contains(report.Failures, failure => failure.Contains(nameof(ThrowingFix)));
    }

    [Fact]
    public async Task WorkingFix_AppliedOncePerDiagnosticId()
    {
        var harness = await RobustnessHarness.CreateAsync(AnalyzerRunner.AllAnalyzers, [new RenamingFix()]);

        var report = await harness.RunAsync([BareSpec], fixEvery: 1);

        Assert.Empty(report.Failures);
        Assert.Equal(1, report.FixActionsApplied);
    }

    // A test double, never shipped: the rules for analyzer projects do not apply.
#pragma warning disable RS1036
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class ThrowingAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptors.MissingOwner];

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterSymbolAction(_ => throw new InvalidOperationException(nameof(ThrowingAnalyzer)), SymbolKind.NamedType);
        }
    }
#pragma warning restore RS1036

    private sealed class ThrowingFix : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds => [Descriptors.MissingOwner.Id];

        public override FixAllProvider? GetFixAllProvider() => null;

        public override Task RegisterCodeFixesAsync(CodeFixContext context) => throw new InvalidOperationException(nameof(ThrowingFix));
    }

    private sealed class RenamingFix : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds => [Descriptors.MissingOwner.Id];

        public override FixAllProvider? GetFixAllProvider() => null;

        public override Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            context.RegisterCodeFix(
                Microsoft.CodeAnalysis.CodeActions.CodeAction.Create(
                    "Rename",
                    equivalenceKey: "Rename",
                    createChangedDocument: _ => Task.FromResult(context.Document.WithText(Microsoft.CodeAnalysis.Text.SourceText.From("public sealed class Renamed { }")))),
                context.Diagnostics);
            return Task.CompletedTask;
        }
    }
}
