using SpecAnalyzers.Declare;

// dotnet exec SpecAnalyzers.Declare.dll --project <path.csproj> [--kind flag|experiment]
// Run by the package's SpecAnalyzersDeclareSpecs target (buildTransitive/SpecAnalyzers.targets), which passes both.
// Failures are printed in MSBuild's canonical error format, so the target's Exec task reports them as build errors.
if (DeclareArguments.Parse(args) is not { } arguments)
{
    Console.Error.WriteLine("SpecAnalyzers.Declare : error : usage: SpecAnalyzers.Declare --project <project file> [--kind flag|experiment]");
    return 1;
}

try
{
    var result = await SpecDeclarer.DeclareAsync(arguments, CancellationToken.None);
    foreach (var line in result.Report())
    {
        Console.WriteLine(line);
    }

    return 0;
}
catch (DeclareException exception)
{
    Console.Error.WriteLine($"{arguments.ProjectPath} : error : {exception.Message}");
    return 1;
}
catch (Exception exception) when (exception is not OperationCanceledException)
{
    // Anything else (another package's code fix that fails to load, a file that cannot be written) is still one
    // canonical error line, never a stack trace in the build output; nothing is written after the failure.
    Console.Error.WriteLine($"{arguments.ProjectPath} : error : declaring specs failed: {exception.GetType().Name}: {exception.Message}");
    return 1;
}
