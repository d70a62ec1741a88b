namespace SpecAnalyzers.PackageTests.Infrastructure;

/// <summary>
/// The machine's Chromium (Debian's <c>chromium</c> package, which .ci/run installs when it is missing), for
/// Playwright to drive: Playwright's own browser download is not available on these machines.
/// </summary>
internal static class Chromium
{
    public static string Path =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => System.IO.Path.Combine(folder, "chromium"))
            .FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException("No chromium on PATH: install it (apt-get install -y chromium), as .ci/run does.");
}
