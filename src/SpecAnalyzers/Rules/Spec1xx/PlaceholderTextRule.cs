using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using SpecAnalyzers.Model;
using SpecAnalyzers.Options;

namespace SpecAnalyzers.Rules
{
    /// <summary>
    /// SPEC101: the prose around a spec (a hypothesis's insight) and of the metrics and goals it links to (unit,
    /// description, objective, key result) must be written, not blank and not a placeholder. The mission texts
    /// themselves (owner, hypothesis statement, tweak plan) are SPEC005's: a placeholder there is a missing part, an
    /// error, reported once. Identifiers (keys, metric names) are SPEC104's: their format already rejects blanks and
    /// placeholders.
    /// </summary>
    internal sealed class PlaceholderTextRule : SpecRule
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.PlaceholderText);

        public override void Analyze(in SpecRuleContext context)
        {
            var annotated = context.AnnotatedType;
            // A hypothesis's insight belongs to a mission part: exempt with it while an adoption exemption holds.
            if (annotated.Spec is { } spec && !context.IsExemptFromMissionRules(spec))
            {
                foreach (var hypothesis in spec.Hypotheses)
                {
                    CheckNamed(context, spec.DisplayName, hypothesis, SpecArgumentNames.Insight, "insight");
                }
            }

            if (annotated.Metric is { } metric)
            {
                var subject = Subjects.Metric(annotated.Type);
                CheckNamed(context, subject, metric, SpecArgumentNames.Unit, "unit");
                CheckNamed(context, subject, metric, SpecArgumentNames.Description, "description");
            }

            if (annotated.Goal is { } goal)
            {
                var subject = Subjects.Goal(annotated.Type);
                Check(context, subject, "objective", goal.Text, goal.GetConstructorArgumentLocation());
                CheckNamed(context, subject, goal, SpecArgumentNames.KeyResult, "key result");
            }
        }

        private static void CheckNamed(in SpecRuleContext context, string subject, SpecPart part, string argumentName, string label) =>
            Check(context, subject, label, part.GetNamedString(argumentName), part.GetNamedArgumentLocation(argumentName));

        /// <summary>A null text is not written yet or not a constant string: the compiler has its say then.</summary>
        private static void Check(in SpecRuleContext context, string subject, string label, string? text, Location location)
        {
            if (text is null)
            {
                return;
            }

            var defect = context.Settings.GetPlaceholderWords(location.SourceTree).Inspect(text);
            if (defect != TextDefect.None)
            {
                context.Report(Descriptors.PlaceholderText, location, subject, label, text, defect == TextDefect.Empty ? "empty" : "a placeholder");
            }
        }
    }
}
