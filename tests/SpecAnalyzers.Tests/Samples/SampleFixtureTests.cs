using System.Diagnostics;

namespace SpecAnalyzers.Tests.Samples;

/// <summary>
/// The tests read a committed copy of the sample (Fixtures/MusicApp), because README's <c>dotnet format</c> step edits
/// the working tree's sample. The copy must still be the sample: it is compared with the sample as committed (git's
/// HEAD), never with the working tree, so the test holds after that step too.
/// </summary>
public sealed class SampleFixtureTests
{
    private const string Sample = "samples/MusicApp";

    [Fact]
    public void MusicAppFixture_IsTheCommittedSample()
    {
        if (Git("rev-parse", "--is-inside-work-tree") is not { } inside || inside.Trim() != "true")
        {
            return; // Not a git checkout (a source archive): nothing committed to compare with.
        }

        var committed = Git("ls-tree", "-r", "--name-only", "HEAD", Sample + "/")!
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(path => !path.EndsWith(".csproj", StringComparison.Ordinal))
            .Select(path => path[(Sample.Length + 1)..])
            .Order(StringComparer.Ordinal)
            .ToList();
        var copied = Directory.EnumerateFiles(Fixtures.MusicApp, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Fixtures.MusicApp, path).Replace('\\', '/'))
            .Where(path => path != ".editorconfig")
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(committed, copied);
        foreach (var file in committed)
        {
            Assert.True(
                Normalize(Git("show", $"HEAD:{Sample}/{file}")!) == Normalize(File.ReadAllText(Path.Combine(Fixtures.MusicApp, file))),
                $"Fixtures/MusicApp/{file} differs from the committed {Sample}/{file}: copy the sample's file over it.");
        }

        Assert.Equal(Normalize(Git("show", "HEAD:samples/.editorconfig")!), Normalize(File.ReadAllText(Path.Combine(Fixtures.MusicApp, ".editorconfig"))));
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n");

    private static string? Git(params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = RepositoryRoot.Path, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var git = Process.Start(start)!;
            var output = git.StandardOutput.ReadToEnd();
            git.WaitForExit();
            return git.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // git is not installed
        }
    }
}
