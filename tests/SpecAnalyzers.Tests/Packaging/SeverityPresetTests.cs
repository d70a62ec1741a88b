using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace SpecAnalyzers.Tests.Packaging;

/// <summary>
/// The SpecAnalyzersMode presets shipped in the package (src/SpecAnalyzers.Package/buildTransitive/presets) stay in
/// step with the rules every analyzer reports: a new rule is strict in strict mode without anyone remembering to
/// add it. The package tests show the presets at work in a real build.
/// </summary>
public sealed partial class SeverityPresetTests
{
    private static readonly string PresetFolder =
        Path.Combine(RepositoryRoot.Path, "src", "SpecAnalyzers.Package", "buildTransitive", "presets");

    [Fact]
    public void Strict_MakesEveryRuleThatIsOnByDefaultAnError()
    {
        var strict = Severities("strict");

        var notErrors = AllDescriptors()
            .Where(descriptor => descriptor.IsEnabledByDefault && !IsInformationOnly(descriptor) && strict.GetValueOrDefault(descriptor.Id) != "error")
            .Select(descriptor => descriptor.Id);

        Assert.Empty(notErrors);
    }

    [Fact]
    public void Strict_LeavesOptInRulesOff_AndSaysSo()
    {
        var text = Read("strict");
        var strict = Severities("strict");

        foreach (var descriptor in AllDescriptors().Where(descriptor => !descriptor.IsEnabledByDefault))
        {
            Assert.False(strict.ContainsKey(descriptor.Id), $"strict would turn on the opt-in rule {descriptor.Id}");
            Assert.Contains($"# {descriptor.Id} is opt-in", text);
        }
    }

    [Fact]
    public void Relaxed_TurnsExactlyTheRulesThatAreErrorsByDefaultIntoWarnings()
    {
        var expected = AllDescriptors()
            .Where(descriptor => descriptor.DefaultSeverity == DiagnosticSeverity.Error)
            .ToDictionary(descriptor => descriptor.Id, _ => "warning");

        Assert.NotEmpty(expected);
        Assert.Equal(expected, Severities("relaxed"));
    }

    [Fact]
    public void Default_ChangesNoSeverity()
    {
        Assert.Empty(Severities("default"));
    }

    [Theory]
    [InlineData("default")]
    [InlineData("strict")]
    [InlineData("relaxed")]
    public void Preset_IsAGlobalConfigTheTeamsOwnSettingsOverride(string mode)
    {
        var text = Read(mode);

        Assert.Matches(new Regex(@"^is_global = true$", RegexOptions.Multiline), text);
        Assert.Matches(new Regex(@"^global_level = -1$", RegexOptions.Multiline), text);
    }

    [Fact]
    public void Targets_AcceptExactlyTheModesThatHaveAPreset()
    {
        var targets = File.ReadAllText(Path.Combine(PresetFolder, "..", "SpecAnalyzers.targets"));
        var presets = Directory.GetFiles(PresetFolder, "SpecAnalyzers.*.globalconfig")
            .Select(path => Path.GetFileName(path).Split('.')[1])
            .Order();
        var accepted = AcceptedMode().Matches(targets).Select(match => match.Groups["mode"].Value).Order();

        Assert.Equal(["default", "relaxed", "strict"], presets);
        Assert.Equal(presets, accepted);
    }

    [Fact]
    public void Strict_LeavesInformationOnlyRulesAtTheirDefault_AndSaysSo()
    {
        var text = Read("strict");
        var strict = Severities("strict");
        var informationOnly = AllDescriptors().Where(IsInformationOnly).ToList();

        Assert.NotEmpty(informationOnly);
        foreach (var descriptor in informationOnly)
        {
            Assert.False(strict.ContainsKey(descriptor.Id), $"strict would make the information-only rule {descriptor.Id} fail builds");
            Assert.Contains($"# {descriptor.Id} reports information, not a finding", text);
        }
    }

    private static bool IsInformationOnly(DiagnosticDescriptor descriptor) => descriptor.CustomTags.Contains(Descriptors.InformationOnlyTag);

    private static IEnumerable<DiagnosticDescriptor> AllDescriptors() =>
        AnalyzerRunner.AllAnalyzers.SelectMany(analyzer => analyzer.SupportedDiagnostics).DistinctBy(descriptor => descriptor.Id);

    private static string Read(string mode) => File.ReadAllText(Path.Combine(PresetFolder, $"SpecAnalyzers.{mode}.globalconfig"));

    /// <summary>Rule ID → severity as the preset sets it; a rule set twice fails the test.</summary>
    private static Dictionary<string, string> Severities(string mode) =>
        SeverityEntry().Matches(Read(mode)).ToDictionary(match => match.Groups["id"].Value, match => match.Groups["severity"].Value);

    [GeneratedRegex(@"^dotnet_diagnostic\.(?<id>[A-Z]+\d+)\.severity = (?<severity>\w+)\s*$", RegexOptions.Multiline)]
    private static partial Regex SeverityEntry();

    // The targets reject any mode but these: '$(_SpecAnalyzersMode)' != 'strict' and …
    [GeneratedRegex(@"'\$\(_SpecAnalyzersMode\)' != '(?<mode>[a-z]+)'")]
    private static partial Regex AcceptedMode();
}
