using System.Security;

namespace SpecAnalyzers.PackageTests.Infrastructure;

/// <summary>A team's project that references the SpecAnalyzers package by version: its files and its commands.</summary>
internal sealed class ConsumerProject
{
    public const string ProjectFile = "Consumer.csproj";

    private readonly DotnetCli cli;

    private ConsumerProject(string directory, DotnetCli cli)
    {
        Directory = directory;
        this.cli = cli;
    }

    public string Directory { get; }

    public static ConsumerProject Create(
        string directory,
        string packageVersion,
        DotnetCli cli,
        IReadOnlyDictionary<string, string> files,
        IReadOnlyDictionary<string, string>? properties)
    {
        System.IO.Directory.CreateDirectory(directory);
        var project = new ConsumerProject(directory, cli);
        var extraProperties = string.Concat((properties ?? new Dictionary<string, string>())
            .Select(property => $"\n    <{property.Key}>{SecurityElement.Escape(property.Value)}</{property.Key}>"));
        project.Write(ProjectFile, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <!-- Dates in the specs are judged against this day, not the machine's clock. -->
                <SpecAnalyzersReferenceDate>2026-06-01</SpecAnalyzersReferenceDate>{extraProperties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="SpecAnalyzers" Version="{packageVersion}" />
              </ItemGroup>
            </Project>
            """);
        foreach (var (path, text) in files)
        {
            project.Write(path, text);
        }

        return project;
    }

    /// <summary>The same project, its commands run with <paramref name="variables"/> in their environment.</summary>
    public ConsumerProject WithEnvironment(IReadOnlyDictionary<string, string> variables) =>
        new(Directory, cli.WithEnvironment(variables));

    /// <summary><c>dotnet build</c>, restoring on the first call; <paramref name="arguments"/> are added as given.</summary>
    public ProcessResult Build(params string[] arguments) =>
        cli.Run(Directory, ["build", ProjectFile, "-tl:off", "-v:minimal", "-clp:NoSummary", .. arguments]);

    /// <summary><c>dotnet format analyzers</c> over the restored project, fixing the given diagnostics.</summary>
    public ProcessResult FormatAnalyzers(params string[] diagnosticIds) =>
        cli.Run(Directory, ["format", "analyzers", ProjectFile, "--no-restore", "--diagnostics", .. diagnosticIds]);

    /// <summary>
    /// <c>dotnet format analyzers --severity info --verify-no-changes</c>: lists the given diagnostics, Info included, and
    /// changes nothing (exit code 2 while there is something to fix).
    /// </summary>
    public ProcessResult FormatAnalyzersVerify(params string[] diagnosticIds) =>
        cli.Run(Directory, ["format", "analyzers", ProjectFile, "--no-restore", "--severity", "info", "--verify-no-changes", "--diagnostics", .. diagnosticIds]);

    /// <summary>
    /// The design-time build an IDE runs (as MSBuildWorkspace runs it: <c>Compile</c>, the compiler not run, its command
    /// line returned), restoring first; prints the project's <c>Analyzer</c> items and the compiler's command line as JSON.
    /// </summary>
    public ProcessResult DesignTimeBuild(params string[] arguments) =>
        cli.Run(Directory, ["msbuild", ProjectFile, "-restore", "-t:Compile", "-p:DesignTimeBuild=true", "-p:SkipCompilerExecution=true",
            "-p:ProvideCommandLineArgs=true", "-getItem:Analyzer", "-getItem:CscCommandLineArgs", .. arguments]);

    /// <summary>Runs the built program.</summary>
    public ProcessResult Run() =>
        cli.Run(Directory, Path.Combine("bin", "Debug", "net10.0", "Consumer.dll"));

    public void Write(string relativePath, string text)
    {
        var path = FullPath(relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public string Read(string relativePath) => File.ReadAllText(FullPath(relativePath));

    public string FullPath(string relativePath) => Path.Combine(Directory, relativePath);

    /// <summary>The diagnostic's file relative to the project, with forward slashes.</summary>
    public string RelativePath(BuildDiagnostic diagnostic) =>
        Path.GetRelativePath(Directory, diagnostic.File).Replace('\\', '/');

    /// <summary>The 1-based line and column where <paramref name="text"/> first occurs in the file.</summary>
    public (int Line, int Column) PositionOf(string relativePath, string text)
    {
        var content = Read(relativePath);
        var index = content.IndexOf(text, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{text}' not found in {relativePath}");
        var before = content[..index];
        var lineStart = before.LastIndexOf('\n') + 1;
        return (before.Count(character => character == '\n') + 1, index - lineStart + 1);
    }
}
