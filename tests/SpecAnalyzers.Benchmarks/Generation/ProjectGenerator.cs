using System.Collections.Immutable;
using System.Text;

namespace SpecAnalyzers.Benchmarks.Generation;

/// <summary>
/// Writes a product-shaped C# project of a given number of types, deterministically. Files hold 10–20 types.
/// In every block of 100 types one is a goal, one a metric and three are specs (5% annotated); the rest are
/// plain classes with a handful of methods, every tenth of which evaluates a flag through an
/// <c>IFeatureManager</c> declared in source under its real Microsoft.FeatureManagement name. A project with specs
/// has its flag configuration beside it (<see cref="FlagConfigurationGenerator"/>).
/// </summary>
internal sealed class ProjectGenerator
{
    public const int BlockSize = 100;

    /// <summary>
    /// Any date the generated specs carry lies after this one; benchmarks pin <c>spec_analyzers.reference_date</c>
    /// to it so that the stale-date rule never depends on the day the benchmark runs.
    /// </summary>
    public const string ReferenceDate = "2026-06-01";

    private const int GoalSlot = 0;
    private const int MetricSlot = 1;
    private const string FeatureManagementPath = "FeatureManagement.cs";
    private const string FeatureFiltersPath = "FeatureFilters.cs";

    private const string FeatureManagementSource = """
        using System.Threading.Tasks;

        namespace Microsoft.FeatureManagement
        {
            public interface IFeatureManager
            {
                Task<bool> IsEnabledAsync(string feature);
            }
        }

        """;

    private static readonly int[] SpecSlots = [30, 60, 90];

    private readonly ProjectShape _shape;
    private readonly int _blockCount;
    private readonly List<int> _fileStarts = [];
    private readonly List<GeneratedDocument> _documents = [];
    private readonly List<string> _partialSpecParts = [];
    private readonly FlagConfigurationGenerator _configuration = new();
    private SpecReference? _lastSpec;
    private int _plainCount;
    private int _serviceCount;
    private int _specCount;
    private int _partialSpecCount;
    private int _metricCount;
    private int _goalCount;
    private int _evaluationCount;

    private ProjectGenerator(ProjectShape shape, int typeCount)
    {
        _shape = shape;
        _blockCount = typeCount / BlockSize;
        for (var start = 0; start < typeCount; start += 10 + _fileStarts.Count * 7 % 11)
        {
            _fileStarts.Add(start);
        }
    }

    private bool DeclaresSpecs => _shape == ProjectShape.WithSpecs;

    public static GeneratedProject Generate(ProjectShape shape, int typeCount)
    {
        if (typeCount <= 0 || typeCount % BlockSize != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(typeCount), typeCount, $"A multiple of {BlockSize}.");
        }

        var generator = new ProjectGenerator(shape, typeCount);
        generator._documents.Add(new GeneratedDocument(FeatureManagementPath, FeatureManagementSource, ImmutableDictionary<string, int>.Empty));
        for (var fileIndex = 0; fileIndex < generator._fileStarts.Count; fileIndex++)
        {
            var end = fileIndex + 1 < generator._fileStarts.Count ? generator._fileStarts[fileIndex + 1] : typeCount;
            generator.WriteFile(fileIndex, generator._fileStarts[fileIndex], end);
        }

        if (generator._partialSpecParts.Count > 0)
        {
            generator.WriteFile(generator._fileStarts.Count, typeCount, typeCount);
        }

        var additionalFiles = ImmutableArray<GeneratedDocument>.Empty;
        if (generator.DeclaresSpecs)
        {
            generator._documents.Add(new GeneratedDocument(FeatureFiltersPath, FlagConfigurationGenerator.FiltersSource, ImmutableDictionary<string, int>.Empty));
            additionalFiles = [generator._configuration.Write(generator._blockCount)];
        }

        return new GeneratedProject
        {
            Shape = shape,
            TypeCount = typeCount,
            Documents = [.. generator._documents],
            AdditionalFiles = additionalFiles,
            ConfiguredFlagCount = generator._configuration.FlagCount,
            SpecCount = generator._specCount,
            PartialSpecCount = generator._partialSpecCount,
            MetricCount = generator._metricCount,
            GoalCount = generator._goalCount,
            FlagEvaluationCount = generator._evaluationCount,
        };
    }

    /// <summary>Writes types <paramref name="firstType"/> up to <paramref name="endType"/> (exclusive) as one file.</summary>
    private void WriteFile(int fileIndex, int firstType, int endType)
    {
        var text = new StringBuilder();
        var expected = ImmutableDictionary.CreateBuilder<string, int>();
        text.AppendLine("using System;");
        text.AppendLine("using System.Collections.Generic;");
        text.AppendLine("using System.Linq;");
        text.AppendLine("using System.Threading.Tasks;");
        text.AppendLine("using Microsoft.FeatureManagement;");
        if (DeclaresSpecs)
        {
            text.AppendLine("using SpecAnalyzers;");
        }

        // The second halves of partial specs begun in the previous file.
        foreach (var part in _partialSpecParts)
        {
            text.AppendLine().Append(part);
        }

        _partialSpecParts.Clear();
        if (endType > firstType)
        {
            var ns = Namespace(fileIndex);
            text.AppendLine().AppendLine("namespace " + ns).AppendLine("{");
            for (var typeIndex = firstType; typeIndex < endType; typeIndex++)
            {
                if (typeIndex > firstType)
                {
                    text.AppendLine();
                }

                var slot = typeIndex % BlockSize;
                var block = typeIndex / BlockSize;
                if (DeclaresSpecs && slot == GoalSlot)
                {
                    WriteGoal(text, block);
                }
                else if (DeclaresSpecs && slot == MetricSlot)
                {
                    WriteMetric(text, block);
                }
                else if (DeclaresSpecs && SpecSlots.Contains(slot))
                {
                    WriteSpec(text, ns, typeIndex, block, expected);
                }
                else
                {
                    WritePlainClass(text, typeIndex);
                }
            }

            text.AppendLine("}");
        }

        _documents.Add(new GeneratedDocument($"Module{fileIndex}.cs", text.ToString(), expected.ToImmutable()));
    }

    private static string Namespace(int fileIndex) => "Product.Module" + fileIndex;

    private string GoalName(int block) => $"global::{Namespace(FileOf(block * BlockSize + GoalSlot))}.Goal{block}";

    private string MetricName(int block) => $"global::{Namespace(FileOf(block * BlockSize + MetricSlot))}.Metric{block}";

    private int FileOf(int typeIndex)
    {
        var index = _fileStarts.BinarySearch(typeIndex);
        return index >= 0 ? index : ~index - 1;
    }

    private void WriteGoal(StringBuilder text, int block)
    {
        _goalCount++;
        text.AppendLine($$"""
                [Goal("Grow engagement in area {{block}}", KeyResult = "+5% weekly active users in area {{block}} by 2027-03-31")]
                public sealed class Goal{{block}} { }
            """);
    }

    private void WriteMetric(StringBuilder text, int block)
    {
        _metricCount++;
        // Power inputs: a rate, or a mean with its standard deviation.
        var (name, direction, unit, power) = block % 2 == 0
            ? ($"area{block}.conversion_rate", "Increase", "conversions per visitor-day", "Baseline = 0.05")
            : ($"area{block}.error_rate", "Decrease", "errors per 1,000 requests", "Baseline = 4, StandardDeviation = 9");
        text.AppendLine($$"""
                [Metric("{{name}}", Direction = MetricDirection.{{direction}}, Unit = "{{unit}}", {{power}})]
                public sealed class Metric{{block}} { }
            """);
    }

    private void WriteSpec(StringBuilder text, string ns, int typeIndex, int block, ImmutableDictionary<string, int>.Builder expected)
    {
        var variant = SpecVariant.All[_specCount % SpecVariant.All.Length];
        _specCount++;
        var name = "Feature" + typeIndex;
        var key = $"area{block}-feature-{typeIndex}";
        var prefix = variant.FullyQualified ? "global::SpecAnalyzers." : "";
        var suffix = variant.FullyQualified ? "Attribute" : "";
        string Attribute(string attributeName) => prefix + attributeName + suffix;

        var spec = new List<string>();
        var declaration = new StringBuilder()
            .Append($"[{Attribute(variant.IsExperiment ? "Experiment" : "FeatureFlag")}(")
            .Append(variant.HasKeyConstant ? "Key" : $"\"{key}\"")
            .Append($", Phase = {prefix}Phase.{variant.Phase}");
        if (variant.RolloutPercent is { } rollout)
        {
            declaration.Append($", RolloutPercent = {rollout}");
        }

        if (variant.EligibleUsersPerDay is { } traffic)
        {
            declaration.Append($", EligibleUsersPerDay = {traffic}");
        }

        if (!variant.IsExperiment)
        {
            declaration.Append(", RemoveBy = \"2027-06-30\"");
        }

        spec.Add(declaration.Append(")]").ToString());
        var parts = new List<string>();
        if (variant.WritesPartFor(Descriptors.MissingOwner.Id))
        {
            parts.Add($"[{Attribute("Owner")}(\"team-{block % 12}\")]");
        }

        if (variant.WritesPartFor(Descriptors.MissingHypothesis.Id))
        {
            parts.Add($"[{Attribute("Hypothesis")}(\"We believe that feature {typeIndex} for returning visitors will raise area {block} engagement " +
                $"because 12% of sessions in area {block} end without it\", Goal = typeof({GoalName(block)}), Insight = \"Session study, 2026-Q2\")]");
        }

        if (variant.WritesPartFor(Descriptors.MissingSuccessMetric.Id))
        {
            parts.Add($"[{Attribute("SuccessMetric")}(typeof({MetricName(block)}), MinimumDetectableEffect = 0.02)]");
        }

        if (variant.HasGuardrail)
        {
            parts.Add($"[{Attribute("GuardrailMetric")}(typeof({MetricName((block + 1) % _blockCount)}), NonInferiorityMargin = 0.05)]");
        }

        if (variant.WritesPartFor(Descriptors.MissingTweakPlan.Id))
        {
            parts.Add($"[{Attribute("TweakPlan")}(\"Cut render time below 50 ms and drop unused variants\", ReviewBy = \"2027-02-01\")]");
        }

        var body = variant.HasKeyConstant ? $"\n    {{\n        public const string Key = \"{key}\";\n    }}" : " { }";
        if (variant.IsPartial)
        {
            // Owner and hypothesis stay with the spec attribute; metrics and plan move to the next file.
            _partialSpecCount++;
            var moved = parts.Where(part => !part.Contains("Owner(") && !part.Contains("Hypothesis(")).ToList();
            spec.AddRange(parts.Except(moved));
            _partialSpecParts.Add(
                $"namespace {ns}\n{{\n{string.Concat(moved.Select(part => "    " + part + "\n"))}    public sealed partial class {name} {{ }}\n}}\n");
        }
        else
        {
            spec.AddRange(parts);
        }

        foreach (var line in spec)
        {
            text.Append("    ").AppendLine(line);
        }

        text.Append($"    public sealed {(variant.IsPartial ? "partial " : "")}class {name}").AppendLine(body);
        var configurationRuleIds = _configuration.AddSpec(_specCount - 1, variant, key, block);
        foreach (var id in (variant.PowerRuleIds.IsDefault ? variant.MissingRuleIds : variant.MissingRuleIds.AddRange(variant.PowerRuleIds)).AddRange(configurationRuleIds))
        {
            expected[id] = expected.GetValueOrDefault(id) + 1;
        }

        _lastSpec = new SpecReference(variant.HasKeyConstant ? $"global::{ns}.{name}.Key" : $"\"{key}\"");
    }

    /// <summary>
    /// A plain class, one of three everyday shapes in turn: a data class (two in five), a service with a guard and a
    /// loop (two in five; every fourth service evaluates the latest spec's flag), a query with a lambda that calls
    /// the class before it.
    /// </summary>
    private void WritePlainClass(StringBuilder text, int typeIndex)
    {
        var name = "Type" + typeIndex;
        var shape = _plainCount++ % 5;
        if (shape < 2)
        {
            text.AppendLine($$"""
                    public sealed class {{name}}
                    {
                        public int Id { get; init; }

                        public string Name { get; init; } = "";

                        public decimal Amount { get; init; }

                        public DateTime CreatedAt { get; init; }
                    }
                """);
        }
        else if (shape < 4)
        {
            text.AppendLine($$"""
                    public sealed class {{name}}
                    {
                        private readonly List<int> _values = new();

                        public int Count => _values.Count;

                        public void Add(int value)
                        {
                            if (value < 0)
                            {
                                throw new ArgumentOutOfRangeException(nameof(value));
                            }

                            _values.Add(value);
                        }

                        public int Total()
                        {
                            var total = 0;
                            foreach (var value in _values)
                            {
                                total += value * {{typeIndex % 7 + 2}} + 1;
                            }

                            return total;
                        }
                """);
            if (_lastSpec is { } spec && _serviceCount++ % 4 == 0)
            {
                _evaluationCount++;
                text.AppendLine().AppendLine($$"""
                            public async Task<int> RenderAsync(IFeatureManager features)
                            {
                                if (await features.IsEnabledAsync({{spec.KeyExpression}}))
                                {
                                    return Total();
                                }

                                return Count;
                            }
                    """);
            }

            text.AppendLine("    }");
        }
        else
        {
            text.AppendLine($$"""
                    public sealed class {{name}}
                    {
                        public IEnumerable<string> Describe(IEnumerable<int> values) =>
                            values.Where(value => value % {{typeIndex % 5 + 2}} == 0).Select(value => $"{{name}}: {value}");

                        public int CountAbove(IReadOnlyList<int> values, int threshold) => values.Count(value => value > threshold);
                    }
                """);
        }
    }

    /// <summary>How call sites name a spec's key: its <c>Key</c> constant when it has one, else the literal.</summary>
    private sealed record SpecReference(string KeyExpression);
}
