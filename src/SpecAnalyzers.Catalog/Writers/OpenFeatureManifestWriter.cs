using System.Collections.Generic;
using System.Linq;
using SpecAnalyzers.Catalog.Model;

namespace SpecAnalyzers.Catalog.Writers
{
    /// <summary>
    /// openfeature.flags.json: an OpenFeature CLI flag manifest (schema/v0/flag-manifest.json), so
    /// <c>openfeature generate</c> and <c>openfeature compare</c> see the specs. Every spec is a boolean flag whose
    /// default (the value on a failed evaluation) is false; its description is the hypothesis; the spec's other
    /// facts go under <c>metadata</c>. A key that could not be read is left out; of two specs with one key, the first
    /// in the catalog's order is written.
    /// </summary>
    public static class OpenFeatureManifestWriter
    {
        public const string SchemaUrl = "https://raw.githubusercontent.com/open-feature/cli/main/schema/v0/flag-manifest.json";

        public static string Write(SpecCatalog catalog)
        {
            var json = new JsonText().StartObject().Property("$schema", SchemaUrl).Name("flags").StartObject();
            var written = new HashSet<string>();
            foreach (var spec in catalog.Specs.Where(spec => spec.Key.Length > 0 && written.Add(spec.Key)))
            {
                json.Name(spec.Key).StartObject()
                    .Property("flagType", "boolean")
                    .Property("defaultValue", false)
                    .OptionalProperty("description", spec.Hypothesis?.Statement);
                WriteMetadata(json, spec);
                json.EndObject();
            }

            return json.EndObject().EndObject().ToString();
        }

        private static void WriteMetadata(JsonText json, CatalogSpec spec)
        {
            json.Name("metadata").StartObject()
                .Property("kind", CatalogNames.Of(spec.Kind))
                .Property("phase", CatalogNames.Of(spec.Phase))
                .Property("outcome", CatalogNames.Of(spec.Outcome))
                .Property("owner", spec.Owner)
                .OptionalProperty("rolloutPercent", spec.RolloutPercent)
                .OptionalProperty("removeBy", spec.RemoveBy)
                .OptionalProperty("reviewBy", spec.TweakPlan?.ReviewBy)
                .OptionalProperty("goal", spec.Hypothesis?.Goal?.Objective)
                .OptionalProperty("keyResult", spec.Hypothesis?.Goal?.KeyResult);
            WriteNames(json, "successMetrics", spec.SuccessMetrics);
            WriteNames(json, "guardrailMetrics", spec.GuardrailMetrics);
            json.Property("health", spec.Health.IsHealthy ? "healthy" : "attention")
                .Property("specType", spec.TypeName)
                .Property("assembly", spec.Assembly)
                .EndObject();
        }

        private static void WriteNames(JsonText json, string name, IEnumerable<MetricUse> uses)
        {
            json.Name(name).StartArray();
            foreach (var use in uses)
            {
                json.String(use.Metric?.Name ?? use.TypeName);
            }

            json.EndArray();
        }
    }
}
