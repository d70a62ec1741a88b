namespace SpecAnalyzers.Tests.Verifiers;

/// <summary>
/// Inputs committed under tests/SpecAnalyzers.Tests/Fixtures. Tests read these, never the working tree's samples:
/// README's <c>dotnet format</c> step edits samples/MusicApp, and the tests that follow it must still pass.
/// </summary>
internal static class Fixtures
{
    /// <summary>The MusicApp sample's sources, owners registry and <c>.editorconfig</c> (its project file is each test's own).</summary>
    public static string MusicApp { get; } = Path.Combine(RepositoryRoot.Path, "tests", "SpecAnalyzers.Tests", "Fixtures", "MusicApp");
}
