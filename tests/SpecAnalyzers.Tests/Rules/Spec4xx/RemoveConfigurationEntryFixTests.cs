using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.Text;
using SpecAnalyzers.CodeFixes.Configuration;
using SpecAnalyzers.Tests.CodeFixes;

namespace SpecAnalyzers.Tests.Rules.Spec4xx;

/// <summary>SPEC404's fix removes the retired flag's entry from the JSON, keeping every other line and comment.</summary>
public sealed class RemoveConfigurationEntryFixTests
{
    private const string Rule = "SPEC404";
    private const string AppSettings = "/0/appsettings.json";
    private const string Retired = "Feature flag 'old-player' (OldPlayer)";

    private const string Specs = """
        using SpecAnalyzers;
        [FeatureFlag("old-player", Phase = Phase.Retired, Outcome = Outcome.Shipped)]
        public sealed class OldPlayer { }
        """;

    [Fact]
    public Task DotnetEntryOnItsOwnLine_GoesWithItsLineAndComment() =>
        Verify(
            """
            {
              // flags
              "FeatureManagement": {
                "Beta": true,
                {|#0:"old-player"|}: true, // shipped in March
                /* keep */ "Gamma": false
              }
            }
            """,
            """
            {
              // flags
              "FeatureManagement": {
                "Beta": true,
                /* keep */ "Gamma": false
              }
            }
            """,
            "old-player");

    [Fact]
    public Task LastDotnetEntryOnALineWithOthers_TakesItsSeparatingComma() =>
        Verify(
            """{ "FeatureManagement": { "Beta": true, {|#0:"Old-Player"|}: { "EnabledFor": [ { "Name": "Percentage", "Parameters": { "Value": 5 } } ] } } }""",
            """{ "FeatureManagement": { "Beta": true } }""",
            "Old-Player");

    [Fact]
    public Task FirstOfSeveralOnOneLine_TakesTheCommaAfterIt() =>
        Verify(
            """{ "FeatureManagement": { {|#0:"old-player"|}: true, "Beta": true } }""",
            """{ "FeatureManagement": { "Beta": true } }""",
            "old-player");

    /// <summary>Comment lines right above an entry are its own; a comment set apart by a blank line heads a group and stays.</summary>
    [Fact]
    public Task CommentLinesRightAbove_GoWithTheEntry_AGroupHeadingStays() =>
        Verify(
            """
            {
              "FeatureManagement": {
                // Player flags, owned by the player squad.

                // Old player: shipped in March,
                /* remove after the April release. */
                {|#0:"old-player"|}: true,
                "Beta": true
              }
            }
            """,
            """
            {
              "FeatureManagement": {
                // Player flags, owned by the player squad.

                "Beta": true
              }
            }
            """,
            "old-player");

    /// <summary>The last entry of a list leaves no comma after the one before it (a comment after that comma stays).</summary>
    [Fact]
    public Task LastEntryOnItsOwnLine_TakesThePreviousComma() =>
        Verify(
            """
            {
              "FeatureManagement": {
                "Beta": true, // beta programme
                {|#0:"old-player"|}: true
              }
            }
            """,
            """
            {
              "FeatureManagement": {
                "Beta": true // beta programme
              }
            }
            """,
            "old-player");

    [Fact]
    public Task MicrosoftSchemaItem_IsRemovedWithItsLines() =>
        Verify(
            """
            {
              "feature_management": {
                "feature_flags": [
                  {
                    "id": {|#0:"old-player"|},
                    "enabled": true
                  },
                  { "id": "beta", "enabled": true }
                ]
              }
            }
            """,
            """
            {
              "feature_management": {
                "feature_flags": [
                  { "id": "beta", "enabled": true }
                ]
              }
            }
            """,
            "old-player");

    [Fact]
    public async Task FixIsOfferedOnTheJsonDocument_UnderItsEquivalenceKey()
    {
        var actions = await OfferedActionsAsync("""{ "FeatureManagement": { "old-player": true } }""");

        var action = Assert.Single(actions);
        Assert.Equal("Remove the entry from appsettings.json", action.Title);
        Assert.Equal(RemoveConfigurationEntryCodeFix.EquivalenceKey, action.EquivalenceKey);
    }

    /// <summary>Removing the entry of a flag still evaluated would turn that path off: the evaluation goes first (SPEC203).</summary>
    [Fact]
    public Task RetiredButStillEvaluated_NoFix() => AssertNoFixWhileEvaluatedAsync(
        ("Player.cs", """
            public sealed class Player
            {
                public System.Threading.Tasks.Task<bool> M(Microsoft.FeatureManagement.IFeatureManager features) =>
                    features.IsEnabledAsync("Old-Player");
            }
            """));

    /// <summary>The key's text is in another file than the call: the analysis runs and finds the call.</summary>
    [Fact]
    public Task KeyFromAConstantInAnotherFile_NoFix() => AssertNoFixWhileEvaluatedAsync(
        ("Keys.cs", """public static class Keys { public const string Player = "old-player"; }"""),
        ("Player.cs", """
            public sealed class Player
            {
                public System.Threading.Tasks.Task<bool> M(Microsoft.FeatureManagement.IFeatureManager features) => features.IsEnabledAsync(Keys.Player);
            }
            """));

    /// <summary>No token writes the whole key, but a constant built from pieces evaluates it: the pieces keep the analysis.</summary>
    [Fact]
    public Task KeyBuiltFromPieces_NoFix() => AssertNoFixWhileEvaluatedAsync(
        ("Player.cs", """
            public sealed class Player
            {
                private const string Prefix = "old";

                public System.Threading.Tasks.Task<bool> M(Microsoft.FeatureManagement.IFeatureManager features) => features.IsEnabledAsync($"{Prefix}-player");
            }
            """));

    /// <summary>A #pragma hides the diagnostic, not the evaluation: the flag is still read at run time.</summary>
    [Fact]
    public Task EvaluationWithSpec203Suppressed_NoFix() => AssertNoFixWhileEvaluatedAsync(
        ("Player.cs", """
            public sealed class Player
            {
            #pragma warning disable SPEC203 // removed next sprint
                public System.Threading.Tasks.Task<bool> M(Microsoft.FeatureManagement.IFeatureManager features) => features.IsEnabledAsync("old-player");
            #pragma warning restore SPEC203
            }
            """));

    /// <summary>A severity of none turns the diagnostic off, not the evaluation.</summary>
    [Fact]
    public async Task EvaluationWithSpec203TurnedOff_NoFix()
    {
        var project = (await FlagProjectAsync(("Player.cs", """
                public sealed class Player
                {
                    public System.Threading.Tasks.Task<bool> M(Microsoft.FeatureManagement.IFeatureManager features) => features.IsEnabledAsync("old-player");
                }
                """)))
            .AddAnalyzerConfigDocument(".globalconfig", SourceText.From("is_global = true\ndotnet_diagnostic.SPEC203.severity = none\n"), filePath: "/0/.globalconfig").Project;
        var diagnostics = await AdditionalDocumentFixes.AnalyzeAsync(project, Rule);

        Assert.Single(diagnostics);
        Assert.Empty(await AdditionalDocumentFixes.OfferedAsync(new RemoveConfigurationEntryCodeFix(), project.AdditionalDocuments.Single(), diagnostics));
    }

    /// <summary>A <c>static readonly</c> key is not a constant (SPEC202, no SPEC203), yet it reads the flag at run time.</summary>
    [Fact]
    public Task StaticReadonlyKey_NoFix() => AssertNoFixWhileEvaluatedAsync(
        ("Player.cs", """
            public sealed class Player
            {
                private static readonly string OldPlayerKey = "old-player";

                public System.Threading.Tasks.Task<bool> M(Microsoft.FeatureManagement.IFeatureManager features) => features.IsEnabledAsync(OldPlayerKey);
            }
            """));

    /// <summary>A key handed through a parameter: the caller writes it, in any case (Microsoft.FeatureManagement ignores case).</summary>
    [Fact]
    public Task ParameterKey_NoFix() => AssertNoFixWhileEvaluatedAsync(
        ("Player.cs", """
            public sealed class Player
            {
                public System.Threading.Tasks.Task<bool> IsOn(Microsoft.FeatureManagement.IFeatureManager features, string name) => features.IsEnabledAsync(name);

                public System.Threading.Tasks.Task<bool> M(Microsoft.FeatureManagement.IFeatureManager features) => IsOn(features, "Old-Player");
            }
            """));

    /// <summary>An interpolated key with a run-time part: its piece "old-" could make the key.</summary>
    [Fact]
    public Task InterpolatedKey_NoFix() => AssertNoFixWhileEvaluatedAsync(
        ("Player.cs", """
            public sealed class Player
            {
                public System.Threading.Tasks.Task<bool> M(Microsoft.FeatureManagement.IFeatureManager features, string version) => features.IsEnabledAsync($"old-{version}");
            }
            """));

    /// <summary>The analysis skips generated code: a generated file naming the key keeps the entry.</summary>
    [Fact]
    public Task EvaluatedInAGeneratedFile_NoFix() => AssertNoFixWhileEvaluatedAsync(
        ("Player.g.cs", """
            public sealed class Player
            {
                public System.Threading.Tasks.Task<bool> M(Microsoft.FeatureManagement.IFeatureManager features) => features.IsEnabledAsync("old-player");
            }
            """));

    /// <summary>Nor does it read a member marked <c>[GeneratedCode]</c>, in a file of its own.</summary>
    [Fact]
    public Task EvaluatedInAGeneratedCodeMember_NoFix() => AssertNoFixWhileEvaluatedAsync(
        ("Player.cs", """
            public sealed class Player
            {
                [System.CodeDom.Compiler.GeneratedCode("tool", "1.0")]
                public System.Threading.Tasks.Task<bool> M(Microsoft.FeatureManagement.IFeatureManager features) => features.IsEnabledAsync("old-player");
            }
            """));

    /// <summary>Keys that are not constants, but no token of the project except the spec's could make "old-player": the fix is offered.</summary>
    [Fact]
    public async Task NonConstantKeysThatCannotBeThisOne_FixOffered()
    {
        var project = await FlagProjectAsync(("Player.cs", """
            public sealed class Player
            {
                private static readonly string Theme = "dark-mode";

                public System.Threading.Tasks.Task<bool> M(Microsoft.FeatureManagement.IFeatureManager features) => features.IsEnabledAsync(Theme);

                public System.Threading.Tasks.Task<bool> IsOn(Microsoft.FeatureManagement.IFeatureManager features, string name) => features.IsEnabledAsync(name);
            }
            """));
        var diagnostics = await AdditionalDocumentFixes.AnalyzeAsync(project, Rule);

        Assert.Single(await AdditionalDocumentFixes.OfferedAsync(new RemoveConfigurationEntryCodeFix(), project.AdditionalDocuments.Single(), diagnostics));
    }

    /// <summary>
    /// The same appsettings.json linked into another project, which evaluates the flag: that project reads the entry
    /// too, so it stays. (A project that does not list the file is no reader: the fix is offered.)
    /// </summary>
    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public async Task AnotherProjectEvaluatingIt_NoFixWhenItListsTheFile(bool linked, bool offered)
    {
        var project = await FlagProjectAsync();
        var other = project.Solution.AddProject("Other", "Other", LanguageNames.CSharp)
            .WithMetadataReferences(project.MetadataReferences)
            .AddDocument("Web.cs", SourceText.From("""
                public sealed class Web
                {
                    public System.Threading.Tasks.Task<bool> M(Microsoft.FeatureManagement.IFeatureManager features) => features.IsEnabledAsync("old-player");
                }
                """), filePath: "Web.cs").Project;
        if (linked)
        {
            other = other.AddAdditionalDocument("appsettings.json", SourceText.From("""{ "FeatureManagement": { "old-player": true } }"""), filePath: AppSettings).Project;
        }

        project = other.Solution.GetProject(project.Id)!;
        var diagnostics = await AdditionalDocumentFixes.AnalyzeAsync(project, Rule);

        Assert.Single(diagnostics);
        Assert.Equal(offered ? 1 : 0, (await AdditionalDocumentFixes.OfferedAsync(new RemoveConfigurationEntryCodeFix(), project.AdditionalDocuments.Single(), diagnostics)).Count);
    }

    /// <summary>Only the spec writes the key; the call evaluates another flag: the fix is offered.</summary>
    [Fact]
    public async Task OnlyTheSpecWritesTheKey_FixOffered()
    {
        var project = await FlagProjectAsync(("Player.cs", """
            public sealed class Player
            {
                public System.Threading.Tasks.Task<bool> M(Microsoft.FeatureManagement.IFeatureManager features) => features.IsEnabledAsync("dark-mode");
            }
            """));
        var diagnostics = await AdditionalDocumentFixes.AnalyzeAsync(project, Rule);

        Assert.Single(await AdditionalDocumentFixes.OfferedAsync(new RemoveConfigurationEntryCodeFix(), project.AdditionalDocuments.Single(), diagnostics));
    }

    private static async Task AssertNoFixWhileEvaluatedAsync(params (string Name, string Source)[] documents)
    {
        var project = await FlagProjectAsync(documents);
        var diagnostics = await AdditionalDocumentFixes.AnalyzeAsync(project, Rule);

        Assert.Single(diagnostics);
        Assert.Empty(await AdditionalDocumentFixes.OfferedAsync(new RemoveConfigurationEntryCodeFix(), project.AdditionalDocuments.Single(), diagnostics));
    }

    /// <summary>The specs, <paramref name="documents"/> and an appsettings.json configuring the retired flag, over the flag libraries.</summary>
    private static async Task<Project> FlagProjectAsync(params (string Name, string Source)[] documents)
    {
        var project = new AdhocWorkspace().AddProject("Test", LanguageNames.CSharp)
            .WithMetadataReferences(await FlagLibraries.ResolveAsync())
            .WithCompilationOptions(new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary))
            .AddDocument("Specs.cs", SourceText.From(Specs), filePath: "Specs.cs").Project;
        foreach (var (name, source) in documents)
        {
            project = project.AddDocument(name, SourceText.From(source), filePath: name).Project;
        }

        return project.AddAdditionalDocument("appsettings.json", SourceText.From("""{ "FeatureManagement": { "old-player": true } }"""), filePath: AppSettings).Project;
    }

    /// <summary>A live spec past its RemoveBy date still runs as configured: retiring it is a decision for a person.</summary>
    [Fact]
    public async Task LiveSpecPastRemoveBy_NoFix()
    {
        var project = (await TestProject.CreateAsync("""
                using SpecAnalyzers;
                [FeatureFlag("old-player", Phase = Phase.Ship, RemoveBy = "2026-01-01")]
                public sealed class OldPlayer { }
                """))
            .AddAdditionalDocument("appsettings.json", SourceText.From("""{ "FeatureManagement": { "old-player": true } }"""), filePath: AppSettings).Project;
        var diagnostics = await AdditionalDocumentFixes.AnalyzeAsync(project, Rule);

        Assert.Single(diagnostics);
        Assert.Empty(await AdditionalDocumentFixes.OfferedAsync(new RemoveConfigurationEntryCodeFix(), project.AdditionalDocuments.Single(), diagnostics));
    }

    /// <summary>The diagnostic sits in an AdditionalFile: the fix runs as the IDE runs it (<see cref="AdditionalDocumentFixes"/>).</summary>
    private static async Task Verify(string json, string fixedJson, string written)
    {
        var markup = json.IndexOf("{|#0:", StringComparison.Ordinal);
        var plain = json.Replace("{|#0:", string.Empty).Replace("|}", string.Empty);
        var (file, diagnostics, actions) = await AnalyzeAsync(plain);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(markup, diagnostic.Location.SourceSpan.Start);
        Assert.Equal($"{Retired} is retired but flag '{written}' is still configured in appsettings.json: remove the entry", diagnostic.GetMessage());
        var changed = await AdditionalDocumentFixes.ApplyAsync(Assert.Single(actions));
        Assert.Equal(fixedJson, (await changed.GetAdditionalDocument(file.Id)!.GetTextAsync()).ToString());
    }

    private static async Task<IReadOnlyList<CodeAction>> OfferedActionsAsync(string json) => (await AnalyzeAsync(json)).Actions;

    private static async Task<(TextDocument File, ImmutableArray<Diagnostic> Diagnostics, IReadOnlyList<CodeAction> Actions)> AnalyzeAsync(string json)
    {
        var project = (await TestProject.CreateAsync(Specs)).AddAdditionalDocument("appsettings.json", SourceText.From(json), filePath: AppSettings).Project;
        var file = project.AdditionalDocuments.Single();
        var diagnostics = await AdditionalDocumentFixes.AnalyzeAsync(project, Rule);
        return (file, diagnostics, await AdditionalDocumentFixes.OfferedAsync(new RemoveConfigurationEntryCodeFix(), file, diagnostics));
    }
}
