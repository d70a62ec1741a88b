using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using SpecAnalyzers.Model;
using SpecAnalyzers.Options;

namespace SpecAnalyzers.Rules
{
    /// <summary>
    /// SPEC104: a spec key must follow the team's key style (<see cref="KeyStyle"/>, lowercase kebab-case unless
    /// <c>spec_analyzers.key_style</c> says otherwise) and have at most 64 characters, a metric name dot-separated
    /// lowercase snake_case segments (<see cref="NameFormats"/>). Reported on the name as written.
    /// </summary>
    internal sealed class MalformedNameRule : SpecRule
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.MalformedName);

        public override void Analyze(in SpecRuleContext context)
        {
            var annotated = context.AnnotatedType;
            if (annotated.Spec is { Key: { } key } spec)
            {
                var location = spec.Declaration.GetConstructorArgumentLocation();
                var style = context.Settings.GetKeyStyle(location.SourceTree);
                if (DescribeKeyProblem(key, style) is { } keyProblem)
                {
                    context.Report(Descriptors.MalformedName, location, spec.DisplayName, "key", key, keyProblem);
                }
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

        private static string? DescribeKeyProblem(string key, KeyStyle style)
        {
            if (!style.Matches(key))
            {
                return "use " + style.Description + " of at most " + NameFormats.MaxKeyLength.ToString(CultureInfo.InvariantCulture)
                    + " characters, like '" + style.Example + "' (" + SpecAnalyzerOptions.Prefix + KeyStyle.OptionName + " = " + style.Name + ")";
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
