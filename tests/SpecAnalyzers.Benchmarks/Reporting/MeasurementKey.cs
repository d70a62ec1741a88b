using BenchmarkDotNet.Running;
using SpecAnalyzers.Benchmarks.Generation;

namespace SpecAnalyzers.Benchmarks.Reporting;

/// <summary>Which benchmark case a measurement belongs to: class, method and project (null for fixed projects).</summary>
internal sealed record MeasurementKey(string Class, string Method, ProjectCase? Project)
{
    public static MeasurementKey Of(BenchmarkCase benchmarkCase) => new(
        benchmarkCase.Descriptor.Type.Name,
        benchmarkCase.Descriptor.WorkloadMethod.Name,
        ProjectOf(benchmarkCase));

    public static ProjectCase? ProjectOf(BenchmarkCase benchmarkCase) =>
        benchmarkCase.Parameters.Items.Select(parameter => parameter.Value).OfType<ProjectCase>().FirstOrDefault();

    public MeasurementKey WithMethod(string method) => this with { Method = method };
}
