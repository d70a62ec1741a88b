using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SpecAnalyzers.CodeFixes;

namespace SpecAnalyzers.Tests.Rules.Spec2xx;

/// <summary>
/// The SPEC2xx fixes on code that does not compile, as the IDE offers them while the user types: every action of
/// every fix is computed and applied, and none may throw.
/// </summary>
public sealed class FlagFixesOnBrokenCodeTests
{
    private static readonly ImmutableArray<CodeFixProvider> Fixes = ImmutableArray.Create<CodeFixProvider>(
        new FlagKeyCodeFix(), new DeclareSpecCodeFix(), new RemoveRetiredFlagCodeFix());

    public static TheoryData<string, int> BrokenCallSites => new()
    {
        { "class P { void M(Microsoft.FeatureManagement.IFeatureManager f) { if (await f.IsEnabledAsync(\"sleep-timer\")) { var x = 1; } else } }", 1 },
        { "class P { async System.Threading.Tasks.Task M(Microsoft.FeatureManagement.IFeatureManager f) { if (!await f.IsEnabledAsync(\"autoplay-radio\")) return; int x = ; } }", 1 },
        { "class P { async System.Threading.Tasks.Task<int> M(Microsoft.FeatureManagement.IFeatureManager f) => await f.IsEnabledAsync(\"sleep-timer\") ? : 2; }", 1 },
        { "class P { async System.Threading.Tasks.Task M(Microsoft.FeatureManagement.IFeatureManager f) { var on = await f.IsEnabledAsync(\"sleep-timer\"); on = ; if (on) { } } }", 0 },
        { "class P { async System.Threading.Tasks.Task M(Microsoft.FeatureManagement.IFeatureManager f) { switch (1) { case 1: if (await f.IsEnabledAsync(\"sleep-timer\")) { break } } } }", 1 },
        { "class P { async System.Threading.Tasks.Task M(Microsoft.FeatureManagement.IFeatureManager f) { await f.IsEnabledAsync(\"lyrics-crad-share\") && ; } }", 3 },
        { "class P { System.Threading.Tasks.Task<bool> M(Microsoft.FeatureManagement.IFeatureManager f) => f.IsEnabledAsync(\"lyrics-card-share\"; }", 1 },
        { "[Microsoft.FeatureManagement.Mvc.FeatureGate(\"sleep-timer\", ] class P : Microsoft.AspNetCore.Mvc.ControllerBase { }", 0 },
        { "[Microsoft.FeatureManagement.Mvc.FeatureGate(Microsoft.FeatureManagement.RequirementType.Any, \"autoplay-radio\", Missing)] class P { }", 0 },
        { "class P { [Microsoft.FeatureManagement.Mvc.FeatureGate(\"sleep-timer\")] void M( }", 1 },
    };

    [Theory]
    [MemberData(nameof(BrokenCallSites))]
    public async Task EveryFixAction_AppliesWithoutThrowing(string source, int expectedActions)
    {
        using var workspace = new AdhocWorkspace();
        var project = workspace.AddProject("Broken", LanguageNames.CSharp)
            .WithMetadataReferences(await FlagLibraries.ResolveAsync())
            .WithCompilationOptions(new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        project = project.AddDocument("Specs.cs", FlagSpecs.Catalog).Project;
        var document = project.AddDocument("Broken.cs", SourceText.From(source));
        var compilation = (await document.Project.GetCompilationAsync())!;
        var diagnostics = await AnalyzerRunner.GetAnalyzerDiagnosticsAsync(compilation, [new FlagEvaluationAnalyzer()]);

        var applied = 0;
        foreach (var diagnostic in diagnostics.Where(d => d.Location.SourceTree?.FilePath == "Broken.cs"))
        {
            foreach (var fix in Fixes.Where(f => f.FixableDiagnosticIds.Contains(diagnostic.Id)))
            {
                var actions = new List<CodeAction>();
                await fix.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
                foreach (var action in actions)
                {
                    foreach (var operation in await action.GetOperationsAsync(CancellationToken.None))
                    {
                        Assert.IsType<ApplyChangesOperation>(operation);
                        applied++;
                    }
                }
            }
        }

        Assert.Equal(expectedActions, applied);
    }
}
