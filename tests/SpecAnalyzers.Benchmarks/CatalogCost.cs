using System.Diagnostics;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;
using SpecAnalyzers.Benchmarks.Analysis;
using SpecAnalyzers.Benchmarks.Generation;
using SpecAnalyzers.Catalog;
using SpecAnalyzers.Catalog.Model;

namespace SpecAnalyzers.Benchmarks;

/// <summary>
/// What <c>-p:SpecAnalyzersCatalog=true</c> adds to a build of the 50,000-type project: the project is emitted once,
/// with its portable PDB and its sources on disk as a build leaves them, beside an appsettings.json that configures
/// every spec's flag (and a Development overlay) and an .editorconfig that gives every experiment its traffic; then
/// the catalog task's work (read the assembly and the configuration, judge each spec, size each experiment, write all
/// five formats) is timed: the first run in this process, as MSBuild pays it (the task's code
/// jitted on the way), and the median of five more. Run: <c>dotnet run -c Release --project tests/SpecAnalyzers.Benchmarks -- catalog</c>.
/// The benchmark process runs the server garbage collector (as the compiler does); MSBuild runs the workstation one.
/// </summary>
internal static class CatalogCost
{
    private const int TypeCount = 50_000;
    private const int WarmRuns = 5;

    public static void Measure(TextWriter output)
    {
        var folder = Path.Combine(Path.GetTempPath(), "SpecAnalyzers.CatalogCost", Guid.NewGuid().ToString("N")[..12]);
        try
        {
            var project = ProjectGenerator.Generate(ProjectShape.WithSpecs, TypeCount);
            var assembly = Emit(project, folder);
            var context = WriteProjectFiles(assembly, folder);
            var cold = TimeCatalog(assembly, folder, context, out var catalog);
            var warm = Enumerable.Range(0, WarmRuns).Select(run => TimeCatalog(assembly, folder, context, out _)).OrderBy(run => run.Total).ToList();
            var median = warm[WarmRuns / 2];
            var configured = catalog.Specs.Count(spec => spec.Health.Configuration?.Configured == true);
            var sized = catalog.Specs.Count(spec => spec.Health.Power?.Estimate is not null);
            output.WriteLine($"Spec catalog of {TypeCount:N0} types ({catalog.Specs.Length:N0} specs, {configured:N0} configured, {sized:N0} experiments sized, {project.Documents.Length:N0} files, all formats):");
            output.WriteLine($"  first run: {cold.Total.TotalMilliseconds:N0} ms CPU ({Describe(cold.Steps)}), {cold.Wall.TotalMilliseconds:N0} ms wall clock");
            output.WriteLine($"  median of {WarmRuns} more: {median.Total.TotalMilliseconds:N0} ms CPU ({Describe(median.Steps)}), {median.Wall.TotalMilliseconds:N0} ms wall clock");
            foreach (var file in Directory.GetFiles(Path.Combine(folder, "specs")).Order(StringComparer.Ordinal))
            {
                output.WriteLine($"  {Path.GetFileName(file)}: {new FileInfo(file).Length / 1024.0:N0} KiB");
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Emit(GeneratedProject project, string folder)
    {
        var template = BenchmarkCompilation.Create(project);
        var parseOptions = (CSharpParseOptions)template.SyntaxTrees.First().Options;
        var trees = project.Documents.Select(document =>
        {
            var path = Path.Combine(folder, document.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, document.Text);
            return CSharpSyntaxTree.ParseText(SourceText.From(document.Text, Encoding.UTF8), parseOptions, path);
        });
        var compilation = template.RemoveAllSyntaxTrees().AddSyntaxTrees(trees);
        var assembly = Path.Combine(folder, "bin", "Product.dll");
        Directory.CreateDirectory(Path.GetDirectoryName(assembly)!);
        using (var pe = File.Create(assembly))
        using (var pdb = File.Create(Path.ChangeExtension(assembly, ".pdb")))
        {
            var result = compilation.Emit(pe, pdb, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb));
            if (!result.Success)
            {
                throw new InvalidOperationException("The generated project does not compile: " + string.Join("\n", result.Diagnostics.Take(5)));
            }
        }

        return assembly;
    }

    /// <summary>
    /// appsettings.json configuring every spec's key (experiments in the Microsoft schema with a percentile allocation
    /// and telemetry, flags in the .NET schema), a Development overlay for a tenth of them, and a root .editorconfig with
    /// the project-wide power options: the inputs a real product's catalog reads.
    /// </summary>
    private static CatalogContext WriteProjectFiles(string assembly, string folder)
    {
        var specs = SpecCatalogReader.Read(assembly, [typeof(FeatureFlagAttribute).Assembly.Location], DateTime.UtcNow, folder, (path, exception) => throw new InvalidOperationException(path, exception)).Specs;
        var flags = new StringBuilder("{\n  \"FeatureManagement\": {\n");
        var experiments = new StringBuilder("  \"feature_management\": { \"feature_flags\": [\n");
        var overlay = new StringBuilder("{\n  \"FeatureManagement\": {\n");
        for (var i = 0; i < specs.Length; i++)
        {
            var key = specs[i].Key;
            if (specs[i].Kind == SpecKind.Experiment)
            {
                var on = specs[i].RolloutPercent is > 0 and < 100 and var rollout ? rollout : 10;
                experiments.Append("    { \"id\": \"" + key + "\", \"enabled\": true, \"variants\": [ { \"name\": \"Off\" }, { \"name\": \"On\" } ], ")
                    .Append("\"allocation\": { \"percentile\": [ { \"variant\": \"Off\", \"from\": 0, \"to\": " + (100 - on) + " }, ")
                    .Append("{ \"variant\": \"On\", \"from\": " + (100 - on) + ", \"to\": 100 } ], \"default_when_enabled\": \"Off\" }, \"telemetry\": { \"enabled\": true } },\n");
            }
            else
            {
                flags.Append("    \"" + key + "\": { \"EnabledFor\": [ { \"Name\": \"Microsoft.Percentage\", \"Parameters\": { \"Value\": 50 } } ] },\n");
            }

            if (i % 10 == 0)
            {
                overlay.Append("    \"" + key + "\": true,\n");
            }
        }

        var appSettings = Path.Combine(folder, "appsettings.json");
        File.WriteAllText(appSettings, flags.Append("  },\n").Append(experiments).Append("  ] }\n}\n").ToString());
        var development = Path.Combine(folder, "appsettings.Development.json");
        File.WriteAllText(development, overlay.Append("  }\n}\n").ToString());
        File.WriteAllText(Path.Combine(folder, ".editorconfig"), "root = true\n\n[*.cs]\nspec_analyzers.eligible_users_per_day = 50_000\nspec_analyzers.alpha = 0.05\n");
        return new CatalogContext([appSettings, development], [], folder);
    }

    /// <summary>
    /// The CPU time of the whole task's work and of each step (reading, then each format): on a machine shared with
    /// other builds the wall clock measures the others too; the work is single-threaded, so on an idle machine its
    /// CPU time is the time it adds to the build. The wall-clock total is reported beside it.
    /// </summary>
    private static (TimeSpan Total, TimeSpan Wall, List<(string Step, TimeSpan Time)> Steps) TimeCatalog(string assembly, string folder, CatalogContext context, out SpecCatalog catalog)
    {
        var steps = new List<(string Step, TimeSpan Time)>();
        var wall = Stopwatch.StartNew();
        var total = new CpuStopwatch();
        var step = new CpuStopwatch();
        catalog = SpecCatalogReader.Read(
            assembly,
            [typeof(FeatureFlagAttribute).Assembly.Location],
            new DateTime(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc),
            folder,
            (path, exception) => throw new InvalidOperationException(path, exception),
            context);
        steps.Add(("read and judge", step.Elapsed));
        var output = Path.Combine(folder, "specs");
        Directory.CreateDirectory(output);
        foreach (var format in CatalogFormat.All)
        {
            step.Restart();
            File.WriteAllText(Path.Combine(output, format.FileName), format.Write(catalog));
            steps.Add((format.Name, step.Elapsed));
        }

        return (total.Elapsed, wall.Elapsed, steps);
    }

    /// <summary>CPU time this process spent since it was started or restarted (the work runs on one thread).</summary>
    private sealed class CpuStopwatch
    {
        private TimeSpan _start = Now;

        public TimeSpan Elapsed => Now - _start;

        private static TimeSpan Now => Process.GetCurrentProcess().TotalProcessorTime;

        public void Restart() => _start = Now;
    }

    private static string Describe(List<(string Step, TimeSpan Time)> steps) =>
        string.Join(", ", steps.Select(step => $"{step.Step} {step.Time.TotalMilliseconds:N0} ms"));
}
