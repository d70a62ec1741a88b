using Microsoft.CodeAnalysis;
using SpecAnalyzers.Power;

namespace SpecAnalyzers.Model
{
    /// <summary>
    /// A <c>[Metric]</c> type as the power rules see it: its name, which way is better, and its power inputs as
    /// written (null when not written).
    /// </summary>
    internal sealed class SpecMetric
    {
        private MetricPowerInputs? _powerInputs;

        public SpecMetric(INamedTypeSymbol type, SpecPart declaration)
        {
            Type = type;
            Declaration = declaration;
            Name = declaration.Text;
            Direction = (SpecMetricDirection)(declaration.GetNamedInt32(SpecArgumentNames.Direction) ?? (int)SpecMetricDirection.Increase);
            Baseline = declaration.GetNamedDouble(SpecArgumentNames.Baseline);
            StandardDeviation = declaration.GetNamedDouble(SpecArgumentNames.StandardDeviation);
        }

        public INamedTypeSymbol Type { get; }

        /// <summary>The <c>[Metric]</c> attribute.</summary>
        public SpecPart Declaration { get; }

        /// <summary>The metric's name; null while it is missing or not a constant string.</summary>
        public string? Name { get; }

        public SpecMetricDirection Direction { get; }

        public double? Baseline { get; }

        /// <summary>Written for a mean metric; null for a rate.</summary>
        public double? StandardDeviation { get; }

        /// <summary>How messages name the metric: its name, else its type.</summary>
        public string DisplayName => Name is { Length: > 0 } name ? "'" + name + "'" : Type.ToDisplayString(SpecModel.TypeNameFormat);

        /// <summary>The inputs the sizing reads (<see cref="Power.PowerInputs"/>), as the spec catalog reads them too.</summary>
        public MetricPowerInputs PowerInputs => _powerInputs ??= new MetricPowerInputs(DisplayName, Direction, Baseline, StandardDeviation);
    }
}
