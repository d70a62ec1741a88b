using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using SpecAnalyzers.Catalog.Model;

namespace SpecAnalyzers.Catalog.Writers
{
    /// <summary>specs.md: the catalog for people, grouped by goal, with what needs attention first.</summary>
    public static class SpecsMarkdownWriter
    {
        public static string Write(SpecCatalog catalog)
        {
            var text = new StringBuilder();
            var experiments = catalog.Specs.Count(spec => spec.Kind == SpecKind.Experiment);
            var attention = catalog.Specs.Where(HealthText.NeedsAttention).ToList();
            text.Append("# Spec catalog: ").Append(Escape(catalog.Project)).Append("\n\n")
                .Append(Count(catalog.Specs.Length, "spec")).Append(" (")
                .Append(Count(catalog.Specs.Length - experiments, "feature flag")).Append(", ")
                .Append(Count(experiments, "experiment")).Append("); ")
                .Append(attention.Count.ToString(CultureInfo.InvariantCulture)).Append(" need attention. Dates judged against ")
                .Append(catalog.ReferenceDate).Append(".\n\n");

            text.Append("| Phase | Specs |\n|---|---|\n");
            foreach (var phase in new SpecPhase?[] { SpecPhase.Think, SpecPhase.Build, SpecPhase.Ship, SpecPhase.Tweak, SpecPhase.Retired })
            {
                var keys = catalog.Specs.Where(spec => spec.Phase == phase).Select(spec => Code(spec.Key)).ToList();
                text.Append("| ").Append(phase).Append(" | ").Append(keys.Count == 0 ? "—" : string.Join(", ", keys)).Append(" |\n");
            }

            if (attention.Count > 0)
            {
                text.Append("\n## Needs attention\n\n| Spec | Owner | What is wrong |\n|---|---|---|\n");
                foreach (var spec in attention)
                {
                    text.Append("| ").Append(Code(spec.Key)).Append(" | ").Append(Escape(spec.Owner ?? "—"))
                        .Append(" | ").Append(Escape(string.Join("; ", HealthText.Problems(spec)))).Append(" |\n");
                }
            }

            foreach (var group in GoalGroup.Of(catalog))
            {
                WriteGroup(text, group);
            }

            return text.ToString();
        }

        private static void WriteGroup(StringBuilder text, GoalGroup group)
        {
            if (group.Goal is { } goal)
            {
                text.Append("\n## Goal: ").Append(Escape(goal.Objective ?? goal.TypeName)).Append('\n');
                if (goal.KeyResult is { } keyResult)
                {
                    text.Append("\nKey result: ").Append(Escape(keyResult)).Append('\n');
                }

                if (group.Specs.IsEmpty)
                {
                    text.Append("\nNo spec serves this goal yet.\n");
                }
            }
            else
            {
                text.Append("\n## No goal\n\nThese hypotheses name no goal: nothing says which objective they move.\n");
            }

            foreach (var spec in group.Specs)
            {
                WriteSpec(text, spec);
            }
        }

        private static void WriteSpec(StringBuilder text, CatalogSpec spec)
        {
            text.Append("\n### ").Append(Code(spec.Key)).Append("\n\n")
                .Append(spec.Kind == SpecKind.Experiment ? "Experiment" : "Feature flag")
                .Append(" · ").Append(spec.Phase?.ToString() ?? "unknown phase")
                .Append(" · owner ").Append(Escape(spec.Owner ?? "none"));
            if (spec.RolloutPercent is { } rollout)
            {
                text.Append(" · rollout ").Append(rollout.ToString(CultureInfo.InvariantCulture)).Append('%');
            }

            if (spec.Outcome is { } outcome && outcome != SpecOutcome.Undecided)
            {
                text.Append(" · outcome ").Append(outcome);
            }

            text.Append("\n\n");
            if (spec.Hypothesis?.Statement is { } statement)
            {
                text.Append("> ").Append(Escape(statement)).Append("\n\n");
            }

            var facts = new List<string>();
            if (spec.Hypothesis?.Insight is { } insight)
            {
                facts.Add("Insight: " + Escape(insight));
            }

            facts.AddRange(spec.SuccessMetrics.Select(use => "Success metric: " + Metric(use, "MDE")));
            facts.AddRange(spec.GuardrailMetrics.Select(use => "Guardrail: " + Metric(use, "non-inferiority margin")));
            if (spec.TweakPlan is { } plan)
            {
                facts.Add("Tweak plan: " + Escape(plan.Plan ?? "—") + (plan.ReviewBy is { } reviewBy ? " (review by " + Escape(reviewBy) + ")" : string.Empty));
            }

            if (spec.RemoveBy is { } removeBy)
            {
                facts.Add("Remove by: " + Escape(removeBy));
            }

            if (spec.Health.Configuration is { } configuration)
            {
                facts.Add("Configuration: " + Escape(ProjectFactsText.Configuration(configuration, spec.Kind)));
            }

            if (spec.Health.Power?.Estimate is { } estimate)
            {
                facts.Add("Power: " + Escape(ProjectFactsText.Needs(estimate) + " " + ProjectFactsText.Basis(estimate)));
            }

            if (spec.Source is { } source)
            {
                facts.Add("Source: " + Code(source.File + (source.Line is { } line ? ":" + line.ToString(CultureInfo.InvariantCulture) : string.Empty)) + " in " + Escape(spec.Assembly));
            }

            facts.Add("Health: " + (spec.Health.IsHealthy ? "healthy" : Escape(string.Join("; ", HealthText.Problems(spec)))));
            foreach (var fact in facts)
            {
                text.Append("- ").Append(fact).Append('\n');
            }
        }

        private static string Metric(MetricUse use, string marginName)
        {
            var metric = use.Metric;
            var text = Code(metric?.Name ?? use.TypeName);
            var details = new List<string>();
            if (metric?.Direction is { } direction)
            {
                details.Add(direction == MetricDirection.Increase ? "higher is better" : "lower is better");
            }

            if (metric?.Unit is { } unit)
            {
                details.Add(Escape(unit));
            }

            if (use.Margin is { } margin)
            {
                details.Add(marginName + " " + HealthText.Percent(margin));
            }

            return details.Count == 0 ? text : text + " (" + string.Join(", ", details) + ")";
        }

        private static string Count(int count, string noun) =>
            count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");

        private static string Code(string text) =>
            text.Length == 0 ? "(no key)" : "`" + text.Replace("`", "'").Replace("\n", " ") + "`";

        /// <summary>User text as inline Markdown: no line breaks, Markdown punctuation escaped, no raw HTML.</summary>
        private static string Escape(string text)
        {
            var escaped = new StringBuilder();
            foreach (var c in text)
            {
                switch (c)
                {
                    case '<': escaped.Append("&lt;"); break;
                    case '>': escaped.Append("&gt;"); break;
                    case '&': escaped.Append("&amp;"); break;
                    case '\r':
                    case '\n':
                        escaped.Append(' ');
                        break;
                    case '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '#':
                        escaped.Append('\\').Append(c);
                        break;
                    default:
                        escaped.Append(c);
                        break;
                }
            }

            return escaped.ToString();
        }
    }
}
