using System.Text.RegularExpressions;

namespace SpecAnalyzers.PackageTests.Infrastructure;

/// <summary>What a <c>dotnet</c> command did: its exit code, everything it printed, and the diagnostics in it.</summary>
internal sealed partial class ProcessResult
{
    public ProcessResult(string command, int exitCode, string output, TimeSpan elapsed)
    {
        Command = command;
        ExitCode = exitCode;
        Output = output;
        Elapsed = elapsed;
        Diagnostics = DiagnosticLine().Matches(output)
            .Select(match => new BuildDiagnostic(
                match.Groups["file"].Value,
                int.Parse(match.Groups["line"].Value),
                int.Parse(match.Groups["column"].Value),
                match.Groups["severity"].Value,
                match.Groups["id"].Value,
                match.Groups["message"].Value))
            .Distinct()
            .ToList();
    }

    public string Command { get; }

    public int ExitCode { get; }

    public string Output { get; }

    public TimeSpan Elapsed { get; }

    /// <summary>Each compiler diagnostic once (MSBuild may print one twice).</summary>
    public IReadOnlyList<BuildDiagnostic> Diagnostics { get; }

    public IEnumerable<BuildDiagnostic> SpecDiagnostics => Diagnostics.Where(diagnostic => diagnostic.Id.StartsWith("SPEC", StringComparison.Ordinal));

    /// <summary>Shown when an assertion fails, so the reader sees what the command printed.</summary>
    public override string ToString() => $"dotnet {Command} exited {ExitCode}:\n{Output}";

    // "/abs/Specs/A.cs(9,21): error SPEC003: Feature flag … (https://…/SPEC003.md) [/abs/Consumer.csproj]"
    [GeneratedRegex(@"^[ \t]*(?<file>[^\s(][^(\r\n]*)\((?<line>\d+),(?<column>\d+)\): (?<severity>error|warning|info) (?<id>[A-Z]+\d+): (?<message>.*?)(?: \(https?://[^ ]+\))? \[[^\]]+\]\s*$", RegexOptions.Multiline)]
    private static partial Regex DiagnosticLine();
}
