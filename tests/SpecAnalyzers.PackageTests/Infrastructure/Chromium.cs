using System.Diagnostics;

namespace SpecAnalyzers.PackageTests.Infrastructure;

/// <summary>
/// The machine's Chromium (Debian's <c>chromium</c> package), for Playwright to drive: Playwright's own browser
/// download is not available on these machines. When it is missing the test setup installs it (as .ci/run does too),
/// so README's test command works on a fresh machine.
/// </summary>
internal static class Chromium
{
    private static readonly Lazy<string> Found = new(FindOrInstall);

    public static string Path => Found.Value;

    private static string FindOrInstall()
    {
        if (Find() is { } path)
        {
            return path;
        }

        using (var install = Process.Start(new ProcessStartInfo("bash", ["-c", "(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null 2>&1"])))
        {
            install?.WaitForExit();
        }

        return Find() ?? throw new InvalidOperationException("No chromium on PATH, and installing it failed: run apt-get install -y chromium as root.");
    }

    private static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => System.IO.Path.Combine(folder, "chromium"))
            .FirstOrDefault(File.Exists);
}
