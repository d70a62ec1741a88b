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
    public static readonly ReferenceAssemblies Net100WithAspNetCore = TestReferences.Net100
        .AddPackages(ImmutableArray.Create(new PackageIdentity("Microsoft.AspNetCore.App.Ref", "10.0.12")));

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

    /// <summary>Points a test at the flag libraries: reference packs, Microsoft.FeatureManagement, and OpenFeature's source.</summary>
    public static void Configure(Microsoft.CodeAnalysis.Testing.SolutionState state)
    {
        state.AdditionalReferences.AddRange(FeatureManagement);
        state.Sources.Add(("OpenFeature.cs", OpenFeatureSource));
    }

    public static async Task<ImmutableArray<MetadataReference>> ResolveAsync()
    {
        var framework = await Net100WithAspNetCore.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        return framework.AddRange(FeatureManagement).Add(TestReferences.Annotations);
    }
}
