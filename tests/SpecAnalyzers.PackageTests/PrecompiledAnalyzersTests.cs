using System.Text.Json;
using SpecAnalyzers.PackageTests.Infrastructure;
using static SpecAnalyzers.PackageTests.ConsumerSpecs;

namespace SpecAnalyzers.PackageTests;

/// <summary>
/// docs/performance.md's precompiled analyzers: on this machine (linux-x64, the .NET SDK) the compiler, dotnet format
/// and an MSBuildWorkspace host load tools/analyzers-precompiled/linux-x64 instead of analyzers/dotnet/cs, never both,
/// and run the analyzers' ReadyToRun code: the JIT compiles none of their methods. With
/// <c>SpecAnalyzersPrecompiled=false</c> they load the IL analyzers, which the JIT does compile (so the assertion can fail).
/// A process writing the JIT's log now and then crashes as it exits (exit code 139, about one run in ten of dotnet format
/// here; never without the log), after its work is done: the commands logged are judged by what they printed, not by
/// their exit codes, which the other package tests check without the log.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class PrecompiledAnalyzersTests(PackageFixture package)
{
    private const string PrecompiledFolder = "tools/analyzers-precompiled/linux-x64/";

    private const string ILFolder = "analyzers/dotnet/cs/";

    private const string SwitchedOff = "false";

    [Theory]
    [InlineData(null, PrecompiledFolder)]
    [InlineData(SwitchedOff, ILFolder)]
    public void DesignTimeBuild_GivesTheIdeAndTheCompilerOneCopyOfEachAnalyzerAssembly(string? precompiled, string expectedFolder)
    {
        var consumer = Consumer();

        var build = consumer.DesignTimeBuild(precompiled is null ? [] : ["-p:SpecAnalyzersPrecompiled=" + precompiled]);

        Assert.True(build.ExitCode == 0, build.ToString());
        using var json = JsonDocument.Parse(build.Output[build.Output.IndexOf('{')..(build.Output.LastIndexOf('}') + 1)]);
        var items = json.RootElement.GetProperty("Items");
        string[] expected = [expectedFolder + "SpecAnalyzers.CodeFixes.dll", expectedFolder + "SpecAnalyzers.dll"];
        Assert.Equal(expected, OfThisPackage(items.GetProperty("Analyzer").EnumerateArray().Select(item => item.GetProperty("FullPath").GetString()!)));
        Assert.Equal(expected, OfThisPackage(items.GetProperty("CscCommandLineArgs").EnumerateArray()
            .Select(item => item.GetProperty("Identity").GetString()!)
            .Where(argument => argument.StartsWith("/analyzer:", StringComparison.Ordinal))
            .Select(argument => argument["/analyzer:".Length..])));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(SwitchedOff)]
    public void Build_ReportsTheMissionRules_AndJitCompilesTheAnalyzersOnlyWhenSwitchedOff(string? precompiled)
    {
        var jit = JitLog("build-" + (precompiled ?? "default"));

        var build = Consumer().WithEnvironment(jit.Environment).Build(
            ["--no-incremental", "-p:UseSharedCompilation=false", .. precompiled is null ? Array.Empty<string>() : ["-p:SpecAnalyzersPrecompiled=" + precompiled]]);

        Assert.Equal(MissionCases.Select(@case => @case.RuleId).Order(), build.SpecDiagnostics.Select(diagnostic => diagnostic.Id).Order());
        AssertJitCompiledAnalyzers(jit, expected: precompiled == SwitchedOff);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(SwitchedOff)]
    public void FormatAnalyzers_ReportsWithThePrecompiledAnalyzers_UnlessSwitchedOff(string? precompiled)
    {
        var jit = JitLog("format-" + (precompiled ?? "default"));

        // dotnet format takes no MSBuild property: the environment sets it, as it sets any property.
        var format = Consumer().WithEnvironment(WithSwitch(jit.Environment, precompiled)).FormatAnalyzersVerify("SPEC003");

        Assert.Equal(["SPEC003"], format.SpecDiagnostics.Select(diagnostic => diagnostic.Id));
        AssertJitCompiledAnalyzers(jit, expected: precompiled == SwitchedOff);
    }

    /// <summary>The declaring command opens the project in MSBuildWorkspace, as an IDE host does, and runs the analyzers it gets.</summary>
    [Theory]
    [InlineData(null)]
    [InlineData(SwitchedOff)]
    public void DeclareSpecs_MSBuildWorkspaceHostRunsThePrecompiledAnalyzers_UnlessSwitchedOff(string? precompiled)
    {
        var jit = JitLog("declare-" + (precompiled ?? "default"));

        var declare = Consumer().WithEnvironment(WithSwitch(jit.Environment, precompiled)).Build("-t:SpecAnalyzersDeclareSpecs");

        Assert.Contains("Nothing to declare: every flag key Consumer.csproj evaluates or configures has a spec.", declare.Output);
        AssertJitCompiledAnalyzers(jit, expected: precompiled == SwitchedOff);
    }

    /// <summary>The incomplete product, restored: every test here runs its own command on it.</summary>
    private ConsumerProject Consumer() =>
        package.Shared(nameof(PrecompiledAnalyzersTests), () =>
        {
            var consumer = package.CreateConsumer("precompiled", IncompleteProduct());
            var build = consumer.Build();
            Assert.True(build.SpecDiagnostics.Any(), build.ToString());
            return consumer;
        });

    private JitLog JitLog(string name) => new(Path.Combine(package.Root, "jit", name + ".log"));

    private static Dictionary<string, string> WithSwitch(IReadOnlyDictionary<string, string> environment, string? precompiled)
    {
        var variables = new Dictionary<string, string>(environment);
        if (precompiled is not null)
        {
            variables["SpecAnalyzersPrecompiled"] = precompiled;
        }

        return variables;
    }

    private void AssertJitCompiledAnalyzers(JitLog jit, bool expected)
    {
        var compiled = jit.MethodsDeclaredIn(package.ReadEntry(ILFolder + "SpecAnalyzers.dll"));
        if (expected)
        {
            Assert.NotEmpty(compiled);
        }
        else
        {
            Assert.Empty(compiled);
        }
    }

    /// <summary>The paths under this package's folder, relative to it, in order.</summary>
    private IEnumerable<string> OfThisPackage(IEnumerable<string> paths)
    {
        var folder = package.InstalledPackageFolder + Path.DirectorySeparatorChar;
        return paths.Where(path => path.StartsWith(folder, StringComparison.Ordinal))
            .Select(path => path[folder.Length..].Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
    }
}
