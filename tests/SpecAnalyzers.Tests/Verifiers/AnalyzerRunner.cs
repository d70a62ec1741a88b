using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SpecAnalyzers.Tests.Verifiers;

/// <summary>
/// Runs analyzers the way the IDE does, through <see cref="CompilationWithAnalyzers"/>, on code that may not
/// compile (the command-line compiler skips analyzers when there are errors, so a build would prove nothing).
/// Any analyzer exception fails the run instead of turning into an AD0001 diagnostic.
/// </summary>
internal static class AnalyzerRunner
{
    private static readonly Lazy<Task<ImmutableArray<MetadataReference>>> References = new(ResolveReferencesAsync);

    /// <summary>Every analyzer the SpecAnalyzers assembly ships.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> AllAnalyzers { get; } = typeof(SpecTypeAnalyzer).Assembly
        .GetTypes()
        .Where(type => typeof(DiagnosticAnalyzer).IsAssignableFrom(type) && !type.IsAbstract
            && type.GetCustomAttributes(typeof(DiagnosticAnalyzerAttribute), inherit: false).Length > 0)
        .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
        .ToImmutableArray();

    public static async Task<CSharpCompilation> CreateCompilationAsync(params string[] sources) =>
        CreateCompilation(await References.Value, sources);

    public static CSharpCompilation CreateCompilation(ImmutableArray<MetadataReference> references, params string[] sources)
    {
        var trees = sources.Select((source, index) => CSharpSyntaxTree.ParseText(source, path: $"File{index}.cs"));
        return CSharpCompilation.Create(
            "Broken",
            trees,
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    /// <summary>The analyzer diagnostics for <paramref name="sources"/>; throws if any analyzer threw.</summary>
    public static async Task<ImmutableArray<Diagnostic>> GetAnalyzerDiagnosticsAsync(params string[] sources)
    {
        var compilation = await CreateCompilationAsync(sources);
        return await GetAnalyzerDiagnosticsAsync(compilation, AllAnalyzers);
    }

    public static async Task<ImmutableArray<Diagnostic>> GetAnalyzerDiagnosticsAsync(
        Compilation compilation,
        ImmutableArray<DiagnosticAnalyzer> analyzers,
        AnalyzerOptions? options = null)
    {
        var exceptions = new ConcurrentBag<Exception>();
        var analyzerOptions = new CompilationWithAnalyzersOptions(
            options ?? new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: (exception, _, _) => exceptions.Add(exception),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: false);
        var diagnostics = await compilation.WithAnalyzers(analyzers, analyzerOptions).GetAnalyzerDiagnosticsAsync();
        if (!exceptions.IsEmpty)
        {
            throw new AggregateException("An analyzer threw.", exceptions);
        }

        var crashes = diagnostics.Where(diagnostic => diagnostic.Id == "AD0001").ToList();
        if (crashes.Count > 0)
        {
            throw new InvalidOperationException("An analyzer crashed: " + string.Join(Environment.NewLine, crashes));
        }

        return diagnostics;
    }

    private static async Task<ImmutableArray<MetadataReference>> ResolveReferencesAsync()
    {
        var framework = await TestReferences.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        return framework.Add(TestReferences.Annotations);
    }
}
