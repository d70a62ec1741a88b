namespace SpecAnalyzers.Tests.Verifiers;

/// <summary>The checkout the tests run from, found by walking up to <c>SpecAnalyzers.sln</c>.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "SpecAnalyzers.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("SpecAnalyzers.sln not found above " + AppContext.BaseDirectory);
    }
}
