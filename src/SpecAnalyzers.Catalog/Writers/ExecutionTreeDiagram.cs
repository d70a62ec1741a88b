using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using SpecAnalyzers.Catalog.Model;

namespace SpecAnalyzers.Catalog.Writers
{
    /// <summary>
    /// The thoughtful execution tree as an inline SVG: goals on the left, then each goal's hypotheses, the specs that
    /// test them, and their success (▲/▼ in the metric's direction) and guardrail metrics on the right. Laid out here,
    /// in rows, so the page needs no script to draw it and looks the same in every browser.
    /// </summary>
    internal static class ExecutionTreeDiagram
    {
        private const int GoalX = 0;
        private const int GoalWidth = 250;
        private const int HypothesisX = 290;
        private const int HypothesisWidth = 390;
        private const int HypothesisCharacters = 58;
        private const int SpecX = 720;
        private const int SpecWidth = 220;
        private const int MetricX = 980;
        private const int MetricWidth = 270;
        private const int Width = MetricX + MetricWidth + 2;
        private const int MetricRow = 40;
        private const int MetricHeight = 30;
        private const int SpecBlockMinimum = 84;
        private const int GroupGap = 28;
        private const int SpecGap = 12;
        private const int LineHeight = 16;

        public static string Draw(IReadOnlyList<GoalGroup> groups)
        {
            var body = new StringBuilder();
            var y = 1;
            foreach (var group in groups)
            {
                y = DrawGroup(body, group, y) + GroupGap;
            }

            var height = Math.Max(y - GroupGap + 1, 60);
            return "<svg class=\"tree\" role=\"img\" aria-label=\"Goals, hypotheses, specs and metrics\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "
                + N(Width) + " " + N(height) + "\" width=\"" + N(Width) + "\" height=\"" + N(height) + "\">\n"
                + body + "</svg>";
        }

        private static int DrawGroup(StringBuilder svg, GoalGroup group, int top)
        {
            var blocks = group.Specs.Select(BlockHeight).ToList();
            var specsHeight = blocks.Sum() + (SpecGap * Math.Max(0, blocks.Count - 1));
            var goalHeight = GoalHeight(group.Goal);
            var groupHeight = Math.Max(specsHeight, goalHeight);
            var goalY = top + ((groupHeight - goalHeight) / 2);
            DrawGoal(svg, group.Goal, goalY, goalHeight);
            if (group.Specs.IsEmpty)
            {
                svg.Append("<text class=\"t-muted\" x=\"").Append(N(HypothesisX)).Append("\" y=\"").Append(N(goalY + (goalHeight / 2) + 4))
                    .Append("\">No hypothesis serves this goal yet</text>\n");
                return top + groupHeight;
            }

            var specTop = top + ((groupHeight - specsHeight) / 2);
            for (var i = 0; i < group.Specs.Length; i++)
            {
                var spec = group.Specs[i];
                var middle = specTop + (blocks[i] / 2);
                svg.Append("<g class=\"tree-spec\" data-search=\"").Append(Html.Escape(SearchText.Of(spec))).Append("\">\n");
                Edge(svg, GoalX + GoalWidth, goalY + (goalHeight / 2), HypothesisX, middle, group.Goal is null ? "edge edge-missing" : "edge");
                DrawHypothesis(svg, spec, middle);
                Edge(svg, HypothesisX + HypothesisWidth, middle, SpecX, middle, "edge");
                DrawSpec(svg, spec, middle);
                DrawMetrics(svg, spec, specTop, blocks[i], middle);
                svg.Append("</g>\n");
                specTop += blocks[i] + SpecGap;
            }

            return top + groupHeight;
        }

        /// <summary>A spec's row: tall enough for its hypothesis and for its metrics, one under another.</summary>
        private static int BlockHeight(CatalogSpec spec) =>
            Math.Max(
                Math.Max(SpecBlockMinimum, HypothesisHeight(HypothesisLines(spec).Count) + 8),
                Math.Max(1, spec.SuccessMetrics.Length + spec.GuardrailMetrics.Length) * MetricRow);

        private static IReadOnlyList<string> HypothesisLines(CatalogSpec spec) =>
            TextWrap.Lines(spec.Hypothesis?.Statement is { } statement ? (statement.Length == 0 ? "(empty)" : statement) : "No hypothesis", HypothesisCharacters, 4);

        private static int HypothesisHeight(int lines) => 16 + (lines * LineHeight) + 10;

        /// <summary>A goal's objective (bold) and key result (small), or, for specs without one, what to add.</summary>
        private static (IReadOnlyList<string> Title, IReadOnlyList<string> Detail) GoalText(CatalogGoal? goal)
        {
            if (goal is null)
            {
                return (TextWrap.Lines("Not linked to an objective", 32, 1), TextWrap.Lines("Link each hypothesis to the goal it serves", 40, 2));
            }

            var title = TextWrap.Lines(goal.Objective ?? goal.TypeName, 32, 3);
            return (title, goal.KeyResult is { } keyResult ? TextWrap.Lines("KR: " + keyResult, 40, 5 - title.Count) : Array.Empty<string>());
        }

        private static int GoalHeight(CatalogGoal? goal)
        {
            var (title, detail) = GoalText(goal);
            return 34 + (title.Count * (LineHeight + 1)) + (detail.Count * (LineHeight - 2)) + 8;
        }

        private static void DrawGoal(StringBuilder svg, CatalogGoal? goal, int y, int height)
        {
            var missing = goal is null;
            svg.Append("<g class=\"node goal").Append(missing ? " goal-missing" : string.Empty).Append("\"><title>")
                .Append(Html.Escape(missing ? "These hypotheses name no goal" : goal!.Objective + (goal.KeyResult is { } kr ? " — " + kr : string.Empty)))
                .Append("</title>\n");
            Box(svg, GoalX, y, GoalWidth, height, 10);
            Label(svg, GoalX + 14, y + 20, "t-kicker", missing ? "NO GOAL" : "GOAL");
            var (title, detail) = GoalText(goal);
            var textY = y + 40;
            foreach (var line in title)
            {
                Label(svg, GoalX + 14, textY, "t-title", line);
                textY += LineHeight + 1;
            }

            foreach (var line in detail)
            {
                Label(svg, GoalX + 14, textY, "t-small", line);
                textY += LineHeight - 2;
            }

            svg.Append("</g>\n");
        }

        private static void DrawHypothesis(StringBuilder svg, CatalogSpec spec, int middle)
        {
            var statement = spec.Hypothesis?.Statement;
            var hollow = statement is null || spec.Health.Placeholders.Any(finding => finding.Part == SpecPart.Hypothesis);
            var lines = HypothesisLines(spec);
            var height = HypothesisHeight(lines.Count);
            var y = middle - (height / 2);
            svg.Append("<g class=\"node hypothesis").Append(hollow ? " hollow" : string.Empty).Append("\"><title>")
                .Append(Html.Escape(statement ?? "No hypothesis")).Append("</title>\n");
            Box(svg, HypothesisX, y, HypothesisWidth, height, 8);
            var textY = y + 22;
            foreach (var line in lines)
            {
                Label(svg, HypothesisX + 12, textY, "t-body", line);
                textY += LineHeight;
            }

            svg.Append("</g>\n");
        }

        private static void DrawSpec(StringBuilder svg, CatalogSpec spec, int middle)
        {
            const int height = 62;
            var y = middle - (height / 2);
            var phase = spec.Phase?.ToString() ?? "Unknown";
            svg.Append("<g class=\"node spec phase-").Append(phase.ToLowerInvariant()).Append(spec.Health.IsHealthy ? string.Empty : " attention")
                .Append("\"><title>").Append(Html.Escape(spec.TypeName + (spec.Owner is { } owner ? " · " + owner : string.Empty))).Append("</title>\n");
            Box(svg, SpecX, y, SpecWidth, height, 8);
            svg.Append("<rect class=\"stripe\" x=\"").Append(N(SpecX)).Append("\" y=\"").Append(N(y)).Append("\" width=\"6\" height=\"").Append(N(height)).Append("\" rx=\"3\"/>\n");
            Label(svg, SpecX + 16, y + 24, "t-key", TextWrap.Lines(spec.Key.Length == 0 ? "(no key)" : spec.Key, 24, 1).FirstOrDefault() ?? string.Empty);
            var facts = (spec.Kind == SpecKind.Experiment ? "Experiment" : "Flag") + " · " + phase
                + (spec.RolloutPercent is { } rollout ? " · " + N(rollout) + "%" : string.Empty);
            Label(svg, SpecX + 16, y + 44, "t-small", facts);
            if (!spec.Health.IsHealthy)
            {
                svg.Append("<circle class=\"alert\" cx=\"").Append(N(SpecX + SpecWidth - 14)).Append("\" cy=\"").Append(N(y + 14)).Append("\" r=\"5\"/>\n");
            }

            svg.Append("</g>\n");
        }

        private static void DrawMetrics(StringBuilder svg, CatalogSpec spec, int top, int blockHeight, int middle)
        {
            var uses = spec.SuccessMetrics.Select(use => (Use: use, Success: true))
                .Concat(spec.GuardrailMetrics.Select(use => (Use: use, Success: false)))
                .ToList();
            if (uses.Count == 0)
            {
                var y = middle - (MetricHeight / 2);
                Edge(svg, SpecX + SpecWidth, middle, MetricX, middle, "edge edge-missing");
                svg.Append("<g class=\"node metric metric-missing\">");
                Box(svg, MetricX, y, MetricWidth, MetricHeight, 15);
                Label(svg, MetricX + 14, y + 20, "t-small", "No success metric");
                svg.Append("</g>\n");
                return;
            }

            var rowsTop = top + ((blockHeight - (uses.Count * MetricRow)) / 2);
            for (var i = 0; i < uses.Count; i++)
            {
                var (use, success) = uses[i];
                var y = rowsTop + (i * MetricRow) + ((MetricRow - MetricHeight) / 2);
                Edge(svg, SpecX + SpecWidth, middle, MetricX, y + (MetricHeight / 2), success ? "edge edge-success" : "edge edge-guardrail");
                var metric = use.Metric;
                var arrow = metric?.Direction == MetricDirection.Decrease ? "▼ " : metric?.Direction == MetricDirection.Increase ? "▲ " : string.Empty;
                var margin = use.Margin is { } value ? " " + (success ? "MDE " : "NIM ") + HealthText.Percent(value) : string.Empty;
                svg.Append("<g class=\"node metric ").Append(success ? "metric-success" : "metric-guardrail").Append(metric is null ? " metric-missing" : string.Empty)
                    .Append("\"><title>").Append(Html.Escape((success ? "Success metric " : "Guardrail ") + (metric?.Name ?? use.TypeName) + (metric?.Unit is { } unit ? " (" + unit + ")" : string.Empty) + margin))
                    .Append("</title>\n");
                Box(svg, MetricX, y, MetricWidth, MetricHeight, 15);
                Label(svg, MetricX + 12, y + 20, "t-metric", arrow + (TextWrap.Lines(metric?.Name ?? use.TypeName, 27, 1).FirstOrDefault() ?? string.Empty));
                if (margin.Length > 0)
                {
                    svg.Append("<text class=\"t-margin\" x=\"").Append(N(MetricX + MetricWidth - 12)).Append("\" y=\"").Append(N(y + 20))
                        .Append("\" text-anchor=\"end\">").Append(Html.Escape(margin.Trim())).Append("</text>\n");
                }

                svg.Append("</g>\n");
            }
        }

        private static void Box(StringBuilder svg, int x, int y, int width, int height, int radius) =>
            svg.Append("<rect x=\"").Append(N(x)).Append("\" y=\"").Append(N(y)).Append("\" width=\"").Append(N(width))
                .Append("\" height=\"").Append(N(height)).Append("\" rx=\"").Append(N(radius)).Append("\"/>\n");

        private static void Label(StringBuilder svg, int x, int y, string style, string text) =>
            svg.Append("<text class=\"").Append(style).Append("\" x=\"").Append(N(x)).Append("\" y=\"").Append(N(y)).Append("\">")
                .Append(Html.Escape(text)).Append("</text>\n");

        /// <summary>A horizontal S-curve from the right edge of one node to the left edge of the next.</summary>
        private static void Edge(StringBuilder svg, int x1, int y1, int x2, int y2, string style)
        {
            var bend = (x2 - x1) / 2;
            svg.Append("<path class=\"").Append(style).Append("\" d=\"M").Append(N(x1)).Append(' ').Append(N(y1))
                .Append(" C").Append(N(x1 + bend)).Append(' ').Append(N(y1)).Append(' ').Append(N(x2 - bend)).Append(' ').Append(N(y2))
                .Append(' ').Append(N(x2)).Append(' ').Append(N(y2)).Append("\"/>\n");
        }

        private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
