using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using SpecAnalyzers.Catalog.Model;

namespace SpecAnalyzers.Catalog.Writers
{
    /// <summary>
    /// specs.html: one self-contained page for product managers and leads (inline CSS, script and SVG; a content
    /// security policy that forbids every fetch): the thoughtful execution tree, the phase board, what needs attention,
    /// and a search by key, owner or metric. Every text from a spec is HTML-escaped.
    /// </summary>
    public static class SpecsHtmlWriter
    {
        private static readonly SpecPhase[] Phases = { SpecPhase.Think, SpecPhase.Build, SpecPhase.Ship, SpecPhase.Tweak, SpecPhase.Retired };

        private static readonly Dictionary<SpecPhase, string> PhaseMeaning = new()
        {
            [SpecPhase.Think] = "Is the benefit worth the cost?",
            [SpecPhase.Build] = "Prototype, quality code",
            [SpecPhase.Ship] = "MVP to a small share of users",
            [SpecPhase.Tweak] = "Optimise, cut cost",
            [SpecPhase.Retired] = "Decided; flag leaves the code",
        };

        public static string Write(SpecCatalog catalog)
        {
            var html = new StringBuilder();
            var attention = catalog.Specs.Where(HealthText.NeedsAttention).ToList();
            var experiments = catalog.Specs.Count(spec => spec.Kind == SpecKind.Experiment);
            html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n")
                .Append("<title>Spec catalog · ").Append(Html.Escape(catalog.Project)).Append("</title>\n")
                .Append("<style>\n").Append(Resource("catalog.css")).Append("</style>\n</head>\n<body>\n");

            html.Append("<header class=\"top\">\n<div>\n<p class=\"eyebrow\">Spec catalog</p>\n<h1>").Append(Html.Escape(catalog.Project)).Append("</h1>\n")
                .Append("<p class=\"sub\">Every feature flag and experiment: what we believe, how we will know, who answers for it. Dates judged against ")
                .Append(Html.Escape(catalog.ReferenceDate)).Append(".</p>\n</div>\n")
                .Append("<label class=\"search\"><span>Search</span><input id=\"search\" type=\"search\" placeholder=\"Key, owner or metric\" autocomplete=\"off\"></label>\n</header>\n");

            html.Append("<section class=\"stats\">\n");
            Stat(html, catalog.Specs.Length, "specs", string.Empty);
            Stat(html, catalog.Specs.Length - experiments, "feature flags", string.Empty);
            Stat(html, experiments, "experiments", string.Empty);
            Stat(html, catalog.Specs.Count(spec => spec.Phase is SpecPhase.Ship or SpecPhase.Tweak), "live (Ship, Tweak)", string.Empty);
            Stat(html, attention.Count, "need attention", attention.Count > 0 ? " stat-alert" : " stat-ok");
            html.Append("</section>\n<p id=\"no-match\" class=\"no-match\" hidden>No spec matches the search.</p>\n");

            html.Append("<section class=\"panel\">\n<h2>Thoughtful execution tree</h2>\n<p class=\"hint\">Goal → hypothesis → spec → metrics. ")
                .Append("<span class=\"key key-success\">success metric</span> <span class=\"key key-guardrail\">guardrail</span> ▲ higher is better, ▼ lower is better.</p>\n")
                .Append("<div class=\"tree-scroll\">\n").Append(ExecutionTreeDiagram.Draw(GoalGroup.Of(catalog))).Append("\n</div>\n</section>\n");

            WriteBoard(html, catalog);
            WriteAttention(html, attention);
            html.Append("<footer>Written by SpecAnalyzers from the compiled specs of ").Append(Html.Escape(catalog.Project))
                .Append(". Also in this folder: specs.json, specs.md, openfeature.flags.json, catalog-info.yaml.</footer>\n")
                .Append("<script>\n").Append(Resource("catalog.js")).Append("</script>\n</body>\n</html>\n");
            return html.ToString();
        }

        private static void Stat(StringBuilder html, int value, string label, string style) =>
            html.Append("<div class=\"stat").Append(style).Append("\"><b>").Append(value.ToString(CultureInfo.InvariantCulture))
                .Append("</b><span>").Append(label).Append("</span></div>\n");

        private static void WriteBoard(StringBuilder html, SpecCatalog catalog)
        {
            html.Append("<section class=\"panel\">\n<h2>Phase board</h2>\n<div class=\"board\">\n");
            foreach (var phase in Phases)
            {
                var specs = catalog.Specs.Where(spec => spec.Phase == phase).ToList();
                html.Append("<div class=\"column phase-").Append(phase.ToString().ToLowerInvariant()).Append("\">\n<h3>").Append(phase)
                    .Append(" <span class=\"count\">").Append(specs.Count.ToString(CultureInfo.InvariantCulture)).Append("</span></h3>\n<p class=\"meaning\">")
                    .Append(PhaseMeaning[phase]).Append("</p>\n");
                foreach (var spec in specs)
                {
                    Card(html, spec);
                }

                html.Append("</div>\n");
            }

            html.Append("</div>\n");
            var unknown = catalog.Specs.Where(spec => spec.Phase is null).ToList();
            if (unknown.Count > 0)
            {
                html.Append("<h3>Unreadable phase</h3>\n<div class=\"cards\">\n");
                unknown.ForEach(spec => Card(html, spec));
                html.Append("</div>\n");
            }

            html.Append("</section>\n");
        }

        private static void Card(StringBuilder html, CatalogSpec spec)
        {
            html.Append("<article class=\"card").Append(spec.Health.IsHealthy ? string.Empty : " card-attention")
                .Append("\" data-search=\"").Append(Html.Escape(SearchText.Of(spec))).Append("\">\n<div class=\"card-head\"><code class=\"spec-key\">")
                .Append(Html.Escape(spec.Key.Length == 0 ? "(no key)" : spec.Key)).Append("</code><span class=\"kind kind-")
                .Append(CatalogNames.Of(spec.Kind)).Append("\">").Append(spec.Kind == SpecKind.Experiment ? "Experiment" : "Flag").Append("</span></div>\n");
            if (spec.Hypothesis?.Statement is { Length: > 0 } statement)
            {
                html.Append("<p class=\"statement\">").Append(Html.Escape(statement)).Append("</p>\n");
            }

            if (!spec.SuccessMetrics.IsEmpty || !spec.GuardrailMetrics.IsEmpty)
            {
                html.Append("<ul class=\"metrics\">\n");
                foreach (var use in spec.SuccessMetrics)
                {
                    MetricItem(html, use, success: true);
                }

                foreach (var use in spec.GuardrailMetrics)
                {
                    MetricItem(html, use, success: false);
                }

                html.Append("</ul>\n");
            }

            html.Append("<dl>\n");
            Fact(html, "Owner", spec.Owner is { } owner ? Html.Escape(owner) : "<em>none</em>");
            if (spec.RolloutPercent is { } rollout)
            {
                Fact(html, "Rollout", rollout.ToString(CultureInfo.InvariantCulture) + "%");
            }

            if (spec.TweakPlan?.ReviewBy is { } reviewBy)
            {
                Fact(html, "Review", Html.Escape(reviewBy));
            }

            if (spec.RemoveBy is { } removeBy)
            {
                Fact(html, "Remove by", Html.Escape(removeBy));
            }

            if (spec.Outcome is { } outcome && outcome != SpecOutcome.Undecided)
            {
                Fact(html, "Outcome", outcome == SpecOutcome.RolledBack ? "Rolled back" : "Shipped");
            }

            if (spec.Health.Configuration is { } configuration)
            {
                Fact(html, "Config", Html.Escape(ProjectFactsText.Configuration(configuration, spec.Kind)));
            }

            html.Append("</dl>\n");
            if (spec.Health.Power?.Estimate is { } estimate)
            {
                html.Append("<p class=\"power").Append(spec.Health.Power.IsUnderpowered ? " power-short" : string.Empty).Append("\" title=\"")
                    .Append(Html.Escape(ProjectFactsText.Basis(estimate))).Append("\">").Append(Html.Escape(ProjectFactsText.Needs(estimate))).Append("</p>\n");
            }

            var categories = HealthText.Chips(spec).ToList();

            if (categories.Count > 0)
            {
                html.Append("<div class=\"chips\">");
                foreach (var category in categories)
                {
                    html.Append("<span class=\"chip chip-").Append(category).Append("\">").Append(category).Append("</span>");
                }

                html.Append("</div>\n");
            }

            html.Append("</article>\n");
        }

        private static void Fact(StringBuilder html, string name, string escapedValue) =>
            html.Append("<dt>").Append(name).Append("</dt><dd>").Append(escapedValue).Append("</dd>\n");

        /// <summary>A success metric or guardrail on one line: direction, name, margin; the whole of it in the tooltip.</summary>
        private static void MetricItem(StringBuilder html, MetricUse use, bool success)
        {
            var metric = use.Metric;
            var arrow = metric?.Direction == MetricDirection.Decrease ? "▼ " : metric?.Direction == MetricDirection.Increase ? "▲ " : string.Empty;
            var name = metric?.Name ?? use.TypeName;
            var margin = use.Margin is { } value ? (success ? "MDE " : "NIM ") + HealthText.Percent(value) : string.Empty;
            var role = success ? "Success metric" : "Guardrail";
            html.Append("<li class=\"").Append(success ? "m-success" : "m-guardrail").Append("\" title=\"")
                .Append(Html.Escape(role + ": " + name + (metric?.Unit is { } unit ? " (" + unit + ")" : string.Empty) + (margin.Length > 0 ? ", " + margin : string.Empty)))
                .Append("\">").Append(arrow).Append("<code>").Append(Html.Escape(name)).Append("</code>");
            if (margin.Length > 0)
            {
                html.Append(" <span class=\"margin\">").Append(margin).Append("</span>");
            }

            html.Append("</li>\n");
        }

        private static void WriteAttention(StringBuilder html, List<CatalogSpec> attention)
        {
            html.Append("<section class=\"panel\">\n<h2>Needs attention</h2>\n");
            if (attention.Count == 0)
            {
                html.Append("<p class=\"all-good\">Every spec is complete, owned, on time, configured and sized.</p>\n</section>\n");
                return;
            }

            html.Append("<p class=\"hint\"><span class=\"chip chip-missing\">missing</span> a mission part is absent · ")
                .Append("<span class=\"chip chip-hollow\">hollow</span> only a placeholder · <span class=\"chip chip-stale\">stale</span> a date has passed · ")
                .Append("<span class=\"chip chip-unowned\">unowned</span> nobody answers for it · <span class=\"chip chip-invalid\">invalid</span> a value out of range or unreadable · <span class=\"chip chip-unclear\">unclear</span> a placeholder text · ")
                .Append("<span class=\"chip chip-unconfigured\">unconfigured</span> live but in no configuration: always off · <span class=\"chip chip-misconfigured\">misconfigured</span> the configuration disagrees with the spec · ")
                .Append("<span class=\"chip chip-underpowered\">underpowered</span> cannot reach its sample size in time · ")
                .Append("<span class=\"chip chip-adopted\">adopted</span> exempt from the mission rules until its date · <span class=\"chip chip-lapsed\">lapsed</span> that date has come</p>\n")
                .Append("<table class=\"attention\">\n<thead><tr><th>Spec</th><th>Owner</th><th>Phase</th><th>What to fix</th></tr></thead>\n<tbody>\n");
            foreach (var spec in attention)
            {
                html.Append("<tr data-search=\"").Append(Html.Escape(SearchText.Of(spec))).Append("\"><td><code class=\"spec-key\">")
                    .Append(Html.Escape(spec.Key.Length == 0 ? "(no key)" : spec.Key)).Append("</code><div class=\"chips\">");
                foreach (var category in HealthText.Chips(spec))
                {
                    html.Append("<span class=\"chip chip-").Append(category).Append("\">").Append(category).Append("</span>");
                }

                html.Append("</div></td><td>").Append(spec.Owner is { } owner ? Html.Escape(owner) : "<em>none</em>").Append("</td><td>")
                    .Append(spec.Phase?.ToString() ?? "?").Append("</td><td><ul>");
                foreach (var problem in HealthText.Problems(spec))
                {
                    html.Append("<li>").Append(Html.Escape(problem)).Append("</li>");
                }

                html.Append("</ul>");
                if (spec.Source is { } source)
                {
                    html.Append("<span class=\"source\">").Append(Html.Escape(source.File + (source.Line is { } line ? ":" + line.ToString(CultureInfo.InvariantCulture) : string.Empty)))
                        .Append("</span>");
                }

                html.Append("</td></tr>\n");
            }

            html.Append("</tbody>\n</table>\n</section>\n");
        }

        private static string Resource(string name)
        {
            using var stream = typeof(SpecsHtmlWriter).Assembly.GetManifestResourceStream("SpecAnalyzers.Catalog." + name)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            return reader.ReadToEnd().Replace("\r\n", "\n");
        }
    }
}
