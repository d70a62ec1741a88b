using SpecAnalyzers.DocumentationGenerator;

// dotnet run --project src/SpecAnalyzers.DocumentationGenerator [-- --check] [--root <repository>]
var check = args.Contains("--check");
var rootIndex = Array.IndexOf(args, "--root");
var root = rootIndex >= 0 && rootIndex + 1 < args.Length ? Path.GetFullPath(args[rootIndex + 1]) : FindRepositoryRoot();
if (root is null)
{
    Console.Error.WriteLine("SpecAnalyzers.sln not found above the current directory: run from the repository, or pass --root <path>.");
    return 2;
}

try
{
    if (check)
    {
        var drift = Documentation.FindDrift(root);
        foreach (var path in drift)
        {
            Console.WriteLine($"drifted: {path}");
        }

        if (drift.IsEmpty)
        {
            Console.WriteLine("Generated documentation is up to date.");
            return 0;
        }

        Console.WriteLine($"Regenerate with: {Documentation.RegenerateCommand}");
        return 1;
    }

    var files = Documentation.Generate(root);
    Documentation.Write(root, files);
    Console.WriteLine($"Wrote {files.Length} files from the descriptors (README rule table, presets, rule page headers).");
    return 0;
}
catch (InvalidOperationException error)
{
    Console.Error.WriteLine(error.Message);
    return 1;
}

static string? FindRepositoryRoot()
{
    for (var directory = new DirectoryInfo(Directory.GetCurrentDirectory()); directory is not null; directory = directory.Parent)
    {
        if (File.Exists(Path.Combine(directory.FullName, "SpecAnalyzers.sln")))
        {
            return directory.FullName;
        }
    }

    return null;
}
