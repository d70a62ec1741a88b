using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using SpecAnalyzers.Model;

namespace SpecAnalyzers.Rules
{
    /// <summary>
    /// SPEC104: a spec key must be lowercase kebab-case of at most 64 characters, a metric name dot-separated
    /// lowercase snake_case segments (<see cref="NameFormats"/>). Reported on the name as written.
    /// </summary>
    internal sealed class MalformedNameRule : SpecRule
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.MalformedName);

        public override void Analyze(in SpecRuleContext context)
        {
            var annotated = context.AnnotatedType;
            if (annotated.Spec is { Key: { } key } spec && DescribeKeyProblem(key) is { } keyProblem)
            {
                context.Report(Descriptors.MalformedName, spec.Declaration.GetConstructorArgumentLocation(), spec.DisplayName, "key", key, keyProblem);
            }

            if (annotated.Metric is { Text: { } name } metric && !NameFormats.IsMetricName(name))
            {
                context.Report(
                    Descriptors.MalformedName,
                    metric.GetConstructorArgumentLocation(),
                    Subjects.Metric(annotated.Type),
                    "metric name",
                    name,
                    "use dot-separated lowercase snake_case segments, like '" + NameFormats.MetricNameExample + "'");
            }
        }

        private static string? DescribeKeyProblem(string key)
        {
            if (!NameFormats.IsKebabCase(key))
            {
                return "use lowercase kebab-case of at most " + NameFormats.MaxKeyLength.ToString(CultureInfo.InvariantCulture)
                    + " characters, like '" + NameFormats.KeyExample + "'";
            }

            if (key.Length > NameFormats.MaxKeyLength)
            {
                return "it is " + key.Length.ToString(CultureInfo.InvariantCulture) + " characters long; a key has at most "
                    + NameFormats.MaxKeyLength.ToString(CultureInfo.InvariantCulture);
            }

            return null;
        }
    }
}
