using System.Collections.Immutable;
using SpecAnalyzers.Catalog.Model;

namespace SpecAnalyzers.Catalog.Writers
{
    /// <summary>specs.json: the catalog for tools, following Schemas/specs.schema.json (shipped in the package).</summary>
    public static class SpecsJsonWriter
    {
        public const string SchemaId = "https://github.com/spec-analyzers/SpecAnalyzers/schemas/specs/1.1/specs.schema.json";

        public const string Version = "1.1";

        public static string Write(SpecCatalog catalog)
        {
            var json = new JsonText().StartObject()
                .Property("$schema", SchemaId)
                .Property("version", Version)
                .Property("project", catalog.Project)
                .Property("referenceDate", catalog.ReferenceDate);

            json.Name("specs").StartArray();
            foreach (var spec in catalog.Specs)
            {
                WriteSpec(json, spec);
            }

            json.EndArray().Name("goals").StartArray();
            foreach (var goal in catalog.Goals)
            {
                json.StartObject()
                    .Property("type", goal.TypeName)
                    .Property("assembly", goal.Assembly)
                    .Property("objective", goal.Objective)
                    .Property("keyResult", goal.KeyResult)
                    .EndObject();
            }

            json.EndArray().Name("metrics").StartArray();
            foreach (var metric in catalog.Metrics)
            {
                json.StartObject().Property("type", metric.TypeName).Property("assembly", metric.Assembly);
                WriteMetricFacts(json, metric);
                json.EndObject();
            }

            return json.EndArray().EndObject().ToString();
        }

        private static void WriteSpec(JsonText json, CatalogSpec spec)
        {
            json.StartObject()
                .Property("key", spec.Key)
                .Property("kind", CatalogNames.Of(spec.Kind))
                .Property("type", spec.TypeName)
                .Property("assembly", spec.Assembly)
                .Property("phase", CatalogNames.Of(spec.Phase))
                .Property("outcome", CatalogNames.Of(spec.Outcome))
                .Property("owner", spec.Owner);

            json.Name("hypothesis");
            if (spec.Hypothesis is { } hypothesis)
            {
                json.StartObject().Property("statement", hypothesis.Statement).Property("insight", hypothesis.Insight).Name("goal");
                if (hypothesis.GoalTypeName is { } goalType)
                {
                    json.StartObject()
                        .Property("type", goalType)
                        .Property("objective", hypothesis.Goal?.Objective)
                        .Property("keyResult", hypothesis.Goal?.KeyResult)
                        .EndObject();
                }
                else
                {
                    json.String(null);
                }

                json.EndObject();
            }
            else
            {
                json.String(null);
            }

            WriteMetricUses(json, "successMetrics", "minimumDetectableEffect", spec.SuccessMetrics);
            WriteMetricUses(json, "guardrailMetrics", "nonInferiorityMargin", spec.GuardrailMetrics);

            json.Name("tweakPlan");
            if (spec.TweakPlan is { } plan)
            {
                json.StartObject().Property("plan", plan.Plan).Property("reviewBy", plan.ReviewBy).EndObject();
            }
            else
            {
                json.String(null);
            }

            json.Property("rolloutPercent", spec.RolloutPercent)
                .OptionalProperty("eligibleUsersPerDay", spec.EligibleUsersPerDay)
                .Property("removeBy", spec.RemoveBy);

            // Only on adopted specs, so a catalog without any reads as before.
            if (spec.AdoptionExemption is { } exemption)
            {
                json.Name("adoptionExemption").StartObject()
                    .Property("until", exemption.Until)
                    .Property("reason", exemption.Reason)
                    .Property("ended", exemption.Ended)
                    .EndObject();
            }

            json.Name("source");
            if (spec.Source is { } source)
            {
                json.StartObject().Property("file", source.File).Property("line", source.Line).EndObject();
            }
            else
            {
                json.String(null);
            }

            WriteHealth(json, spec.Health);
            json.EndObject();
        }

        private static void WriteMetricUses(JsonText json, string name, string marginName, ImmutableArray<MetricUse> uses)
        {
            json.Name(name).StartArray();
            foreach (var use in uses)
            {
                json.StartObject().Property("type", use.TypeName);
                if (use.Metric is { } metric)
                {
                    WriteMetricFacts(json, metric);
                }
                else
                {
                    json.Property("name", (string?)null).Property("direction", (string?)null).Property("unit", (string?)null);
                }

                json.Property(marginName, use.Margin).EndObject();
            }

            json.EndArray();
        }

        private static void WriteMetricFacts(JsonText json, CatalogMetric metric) =>
            json.Property("name", metric.Name)
                .Property("direction", CatalogNames.Of(metric.Direction))
                .Property("unit", metric.Unit)
                .OptionalProperty("description", metric.Description)
                .OptionalProperty("baseline", metric.Baseline)
                .OptionalProperty("standardDeviation", metric.StandardDeviation);

        private static void WriteHealth(JsonText json, SpecHealth health)
        {
            json.Name("health").StartObject().Property("status", health.IsHealthy ? "healthy" : "attention");
            json.Name("missing").StartArray();
            foreach (var part in health.Missing)
            {
                json.String(CatalogNames.Of(part));
            }

            json.EndArray();
            WriteFindings(json, "placeholders", health.Placeholders);
            WriteFindings(json, "stale", health.Stale);
            WriteFindings(json, "invalid", health.Invalid);
            ProjectFactsJson.Write(json, health);
            json.EndObject();
        }

        private static void WriteFindings(JsonText json, string name, ImmutableArray<HealthFinding> findings)
        {
            json.Name(name).StartArray();
            foreach (var finding in findings)
            {
                json.StartObject()
                    .Property("part", CatalogNames.Of(finding.Part))
                    .Property("value", finding.Value)
                    .OptionalProperty("subject", finding.Subject)
                    .EndObject();
            }

            json.EndArray();
        }
    }
}
