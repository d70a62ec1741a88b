using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using SpecAnalyzers.Model;
using SpecAnalyzers.Options;

namespace SpecAnalyzers.Rules
{
    /// <summary>
    /// SPEC101: the prose of a spec (owner, hypothesis and its insight, tweak plan) and of the metrics and goals it
    /// links to (unit, objective, key result) must be written, not blank and not a placeholder. Identifiers (keys,
    /// metric names) are SPEC104's: their format already rejects blanks and placeholders.
    /// </summary>
    internal sealed class PlaceholderTextRule : SpecRule
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.PlaceholderText);

        public override void Analyze(in SpecRuleContext context)
        {
            var annotated = context.AnnotatedType;
            if (annotated.Spec is { } spec)
            {
                var subject = spec.DisplayName;
                CheckAll(context, subject, spec.Owners, "owner");
                CheckAll(context, subject, spec.Hypotheses, "hypothesis");
                foreach (var hypothesis in spec.Hypotheses)
                {
                    CheckNamed(context, subject, hypothesis, SpecArgumentNames.Insight, "insight");
                }

                CheckAll(context, subject, spec.TweakPlans, "tweak plan");
            }

            if (annotated.Metric is { } metric)
            {
                CheckNamed(context, Subjects.Metric(annotated.Type), metric, SpecArgumentNames.Unit, "unit");
            }

            if (annotated.Goal is { } goal)
            {
                var subject = Subjects.Goal(annotated.Type);
                Check(context, subject, "objective", goal.Text, goal.GetConstructorArgumentLocation());
                CheckNamed(context, subject, goal, SpecArgumentNames.KeyResult, "key result");
            }
        }

        private static void CheckAll(in SpecRuleContext context, string subject, ImmutableArray<SpecPart> parts, string label)
        {
            foreach (var part in parts)
            {
                Check(context, subject, label, part.Text, part.GetConstructorArgumentLocation());
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
