using SpecAnalyzers.PackageTests.Infrastructure;
using static SpecAnalyzers.PackageTests.ConsumerSpecs;

namespace SpecAnalyzers.PackageTests;

/// <summary>
/// The code fixes ship in the package too: <c>dotnet format analyzers</c> finds them there and writes the missing
/// owner (SPEC003), as the IDE's quick fix does. A configured owner is an owner: that build passes. The placeholder
/// owner is not (SPEC005) until a person writes it; then the build passes.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class CodeFixThroughPackageTests(PackageFixture package)
{
    private static readonly MissionCase NoOwner = MissionCases.Single(@case => @case.RuleId == "SPEC003");

    [Fact]
    public void FormatAnalyzers_AddsThePlaceholderOwner_OrTheConfiguredDefault_AndOnlyThePlaceholderFailsUntilWritten()
    {
        const string ConfiguredFolder = "Night";
        var configured = NoOwner with { TypeName = "NightMode", Key = "night-mode" };
        var configuredPath = $"{ConfiguredFolder}/{configured.TypeName}.cs";
        var consumer = package.CreateConsumer("format-owner", Product(new Dictionary<string, string>
        {
            [NoOwner.FilePath] = Spec(NoOwner, withPart: false),
            [configuredPath] = Spec(configured, withPart: false),
            [$"{ConfiguredFolder}/.editorconfig"] = "[*.cs]\nspec_analyzers.default_owner = night-squad\n",
        }));
        var before = consumer.Build();

        var format = consumer.FormatAnalyzers("SPEC003");
        var after = consumer.Build();

        Assert.Equal(2, before.Diagnostics.Count(diagnostic => diagnostic.Id == "SPEC003"));
        Assert.True(format.ExitCode == 0, format.ToString());
        Assert.DoesNotContain("Unable to fix", format.ToString());
        Assert.Contains("[Owner(\"TODO: owner\")]", consumer.Read(NoOwner.FilePath));
        Assert.Contains("[Owner(\"night-squad\")]", consumer.Read(configuredPath));
        Assert.DoesNotContain(after.Diagnostics, diagnostic => diagnostic.Id == "SPEC003");
        var placeholder = Assert.Single(after.Diagnostics, diagnostic => diagnostic.Severity == "error");
        Assert.Equal("SPEC005", placeholder.Id);
        Assert.Equal(consumer.FullPath(NoOwner.FilePath), placeholder.File);
        Assert.True(after.ExitCode != 0, after.ToString());

        consumer.Write(NoOwner.FilePath, consumer.Read(NoOwner.FilePath).Replace("TODO: owner", "lyrics-squad"));
        var written = consumer.Build();
        Assert.DoesNotContain(written.Diagnostics, diagnostic => diagnostic.Id is "SPEC003" or "SPEC005");
        Assert.True(written.ExitCode == 0, written.ToString());
    }
}
