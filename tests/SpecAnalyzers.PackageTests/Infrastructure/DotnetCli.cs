using System.Diagnostics;
using System.Text;

namespace SpecAnalyzers.PackageTests.Infrastructure;

/// <summary>
/// Runs the <c>dotnet</c> command line the way a user's terminal or CI would, isolated from the test host: its own
/// NuGet package folder, no MSBuild node or compiler server left running, English messages, and none of the
/// MSBuild or SpecAnalyzers settings the test run itself may carry in its environment.
/// </summary>
internal sealed class DotnetCli
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    /// <summary>Variables that would otherwise leak from the test host (or a CI machine) into the consumer build.</summary>
    private static readonly string[] InheritedVariablesToDrop =
    [
        "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildLoadMicrosoftTargetsReadOnly",
        "ContinuousIntegrationBuild", "SpecAnalyzersMode", "SpecAnalyzersCIMode", "SpecAnalyzersReferenceDate",
    ];

    private readonly string packagesFolder;

    /// <summary>Variables set for every command, on top of the isolation below.</summary>
    private readonly IReadOnlyDictionary<string, string> environment;

    public DotnetCli(string packagesFolder)
        : this(packagesFolder, new Dictionary<string, string>())
    {
    }

    private DotnetCli(string packagesFolder, IReadOnlyDictionary<string, string> environment)
    {
        this.packagesFolder = packagesFolder;
        this.environment = environment;
    }

    /// <summary>The same command line with <paramref name="variables"/> set too, in every process each command starts.</summary>
    public DotnetCli WithEnvironment(IReadOnlyDictionary<string, string> variables) =>
        new(packagesFolder, environment.Concat(variables).GroupBy(variable => variable.Key).ToDictionary(group => group.Key, group => group.Last().Value));

    public ProcessResult Run(string workingDirectory, params string[] arguments)
    {
        var startInfo = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var name in InheritedVariablesToDrop)
        {
            startInfo.Environment.Remove(name);
        }

        startInfo.Environment["NUGET_PACKAGES"] = packagesFolder;
        startInfo.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        startInfo.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        startInfo.Environment["DOTNET_NOLOGO"] = "1";
        startInfo.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        // A node or compiler server outliving the command would hold the output pipes open and slow the machine.
        startInfo.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        startInfo.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        startInfo.Environment["UseSharedCompilation"] = "false";
        foreach (var (name, value) in environment)
        {
            startInfo.Environment[name] = value;
        }

        var output = new StringBuilder();
        using var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, line) => Append(output, line.Data);
        process.ErrorDataReceived += (_, line) => Append(output, line.Data);
        var stopwatch = Stopwatch.StartNew();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(' ', arguments)} did not finish within {Timeout}:\n{output}");
        }

        process.WaitForExit();
        lock (output)
        {
            return new ProcessResult(string.Join(' ', arguments), process.ExitCode, output.ToString(), stopwatch.Elapsed);
        }
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
