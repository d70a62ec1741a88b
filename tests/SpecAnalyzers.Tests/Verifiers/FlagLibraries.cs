using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace SpecAnalyzers.Tests.Verifiers;

/// <summary>
/// What flag-evaluation tests compile against: the real Microsoft.FeatureManagement 4.7.0 and its ASP.NET Core
/// package (referenced by this test project, so their net10.0 builds: hence the .NET 10 and ASP.NET Core 10
/// reference packs), and OpenFeature's client API, declared in source because its package is not served here.
/// </summary>
internal static class FlagLibraries
{
    /// <summary>
    /// ASP.NET Core's reference assemblies, from the targeting pack of the SDK running the tests. Not through the
    /// testing library's package download: on a machine that has not unpacked that package yet, its first resolution
    /// in a process lists none of the package's assemblies, so every ASP.NET Core test of that run failed.
    /// </summary>
    public static readonly ImmutableArray<MetadataReference> AspNetCore = LoadAspNetCore();

    public static readonly ImmutableArray<MetadataReference> FeatureManagement = ImmutableArray.Create<MetadataReference>(
        MetadataReference.CreateFromFile(typeof(Microsoft.FeatureManagement.IFeatureManager).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Microsoft.FeatureManagement.Mvc.FeatureGateAttribute).Assembly.Location));

    /// <summary>OpenFeature's evaluation API as OpenFeature 2.x declares it (namespaces, type and parameter names).</summary>
    public const string OpenFeatureSource = """
        #nullable enable
        namespace OpenFeature.Model
        {
            public sealed class EvaluationContext { }
            public sealed class FlagEvaluationOptions { }
            public sealed class Value { }
            public sealed class FlagEvaluationDetails<T>
            {
                public T Value { get; } = default!;
            }
        }

        namespace OpenFeature
        {
            using System.Threading;
            using System.Threading.Tasks;
            using OpenFeature.Model;

            public interface IFeatureClient
            {
                Task<bool> GetBooleanValueAsync(string flagKey, bool defaultValue, EvaluationContext? context = null, FlagEvaluationOptions? config = null, CancellationToken cancellationToken = default);
                Task<FlagEvaluationDetails<bool>> GetBooleanDetailsAsync(string flagKey, bool defaultValue, EvaluationContext? context = null, FlagEvaluationOptions? config = null, CancellationToken cancellationToken = default);
                Task<string> GetStringValueAsync(string flagKey, string defaultValue, EvaluationContext? context = null, FlagEvaluationOptions? config = null, CancellationToken cancellationToken = default);
                Task<FlagEvaluationDetails<string>> GetStringDetailsAsync(string flagKey, string defaultValue, EvaluationContext? context = null, FlagEvaluationOptions? config = null, CancellationToken cancellationToken = default);
                Task<int> GetIntegerValueAsync(string flagKey, int defaultValue, EvaluationContext? context = null, FlagEvaluationOptions? config = null, CancellationToken cancellationToken = default);
                Task<FlagEvaluationDetails<int>> GetIntegerDetailsAsync(string flagKey, int defaultValue, EvaluationContext? context = null, FlagEvaluationOptions? config = null, CancellationToken cancellationToken = default);
                Task<double> GetDoubleValueAsync(string flagKey, double defaultValue, EvaluationContext? context = null, FlagEvaluationOptions? config = null, CancellationToken cancellationToken = default);
                Task<FlagEvaluationDetails<double>> GetDoubleDetailsAsync(string flagKey, double defaultValue, EvaluationContext? context = null, FlagEvaluationOptions? config = null, CancellationToken cancellationToken = default);
                Task<Value> GetObjectValueAsync(string flagKey, Value defaultValue, EvaluationContext? context = null, FlagEvaluationOptions? config = null, CancellationToken cancellationToken = default);
                Task<FlagEvaluationDetails<Value>> GetObjectDetailsAsync(string flagKey, Value defaultValue, EvaluationContext? context = null, FlagEvaluationOptions? config = null, CancellationToken cancellationToken = default);
            }

            public sealed class FeatureClient : IFeatureClient
            {
                public Task<bool> GetBooleanValueAsync(string flagKey, bool defaultValue, EvaluationContext? context = null, FlagEvaluationOptions? config = null, CancellationToken cancellationToken = default) => Task.FromResult(defaultValue);
                public Task<FlagEvaluationDetails<bool>> GetBooleanDetailsAsync(string flagKey, bool defaultValue, EvaluationContext? context = null, FlagEvaluationOptions? config = null, CancellationToken cancellationToken = default) => Task.FromResult(new FlagEvaluationDetails<bool>());
                public Task<string> GetStringValueAsync(string flagKey, string defaultValue, EvaluationContext? context = null, FlagEvaluationOptions? config = null, CancellationToken cancellationToken = default) => Task.FromResult(defaultValue);
                public Task<FlagEvaluationDetails<string>> GetStringDetailsAsync(string flagKey, string defaultValue, EvaluationContext? context = null, FlagEvaluationOptions? config = null, CancellationToken cancellationToken = default) => Task.FromResult(new FlagEvaluationDetails<string>());
                public Task<int> GetIntegerValueAsync(string flagKey, int defaultValue, EvaluationContext? context = null, FlagEvaluationOptions? config = null, CancellationToken cancellationToken = default) => Task.FromResult(defaultValue);
                public Task<FlagEvaluationDetails<int>> GetIntegerDetailsAsync(string flagKey, int defaultValue, EvaluationContext? context = null, FlagEvaluationOptions? config = null, CancellationToken cancellationToken = default) => Task.FromResult(new FlagEvaluationDetails<int>());
                public Task<double> GetDoubleValueAsync(string flagKey, double defaultValue, EvaluationContext? context = null, FlagEvaluationOptions? config = null, CancellationToken cancellationToken = default) => Task.FromResult(defaultValue);
                public Task<FlagEvaluationDetails<double>> GetDoubleDetailsAsync(string flagKey, double defaultValue, EvaluationContext? context = null, FlagEvaluationOptions? config = null, CancellationToken cancellationToken = default) => Task.FromResult(new FlagEvaluationDetails<double>());
                public Task<Value> GetObjectValueAsync(string flagKey, Value defaultValue, EvaluationContext? context = null, FlagEvaluationOptions? config = null, CancellationToken cancellationToken = default) => Task.FromResult(defaultValue);
                public Task<FlagEvaluationDetails<Value>> GetObjectDetailsAsync(string flagKey, Value defaultValue, EvaluationContext? context = null, FlagEvaluationOptions? config = null, CancellationToken cancellationToken = default) => Task.FromResult(new FlagEvaluationDetails<Value>());
            }
        }
        """;

    /// <summary>Points a test at the flag libraries: ASP.NET Core, Microsoft.FeatureManagement, and OpenFeature's source.</summary>
    public static void Configure(Microsoft.CodeAnalysis.Testing.SolutionState state)
    {
        state.AdditionalReferences.AddRange(AspNetCore);
        state.AdditionalReferences.AddRange(FeatureManagement);
        state.Sources.Add(("OpenFeature.cs", OpenFeatureSource));
    }

    public static async Task<ImmutableArray<MetadataReference>> ResolveAsync()
    {
        var framework = await TestReferences.Net100.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        return framework.AddRange(AspNetCore).AddRange(FeatureManagement).Add(TestReferences.Annotations);
    }

    private static ImmutableArray<MetadataReference> LoadAspNetCore()
    {
        var dotnetRoot = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", ".."));
        var pack = new DirectoryInfo(Path.Combine(dotnetRoot, "packs", "Microsoft.AspNetCore.App.Ref"));
        var directory = pack.Exists
            ? pack.GetDirectories()
                .OrderByDescending(version => Version.TryParse(version.Name, out var parsed) ? parsed : null)
                .Select(version => Path.Combine(version.FullName, "ref", "net10.0"))
                .FirstOrDefault(Directory.Exists)
            : null;
        if (directory is null)
        {
            throw new InvalidOperationException($"No ASP.NET Core 10 targeting pack under {pack.FullName}: run the tests with the .NET 10 SDK.");
        }

        return [.. Directory.GetFiles(directory, "*.dll").Order(StringComparer.Ordinal).Select(path => MetadataReference.CreateFromFile(path))];
    }
}
