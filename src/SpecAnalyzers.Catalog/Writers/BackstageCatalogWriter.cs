using System.Collections.Generic;
using System.Linq;
using System.Text;
using SpecAnalyzers.Catalog.Model;

namespace SpecAnalyzers.Catalog.Writers
{
    /// <summary>
    /// catalog-info.yaml: one Backstage <c>Resource</c> entity per spec, as a multi-document YAML file a Backstage
    /// location can point at. <c>spec.type</c> is <c>feature-flag</c> or <c>experiment</c>; <c>spec.owner</c> is the
    /// owner, or <c>unowned</c> when the spec names none (or only a placeholder, or text no entity reference can be).
    /// The key, phase, rollout, dates, metric names, whether the flag is configured and an experiment's sample size and
    /// days are <c>spec-analyzers/…</c> annotations. Every string is
    /// double-quoted (JSON escapes are YAML's), so no user text can change the document's structure.
    /// </summary>
    public static class BackstageCatalogWriter
    {
        public const string AnnotationPrefix = "spec-analyzers/";

        public const string Unowned = "unowned";

        /// <summary>Backstage's limit for <c>metadata.name</c>.</summary>
        private const int MaximumNameLength = 63;

        public static string Write(SpecCatalog catalog)
        {
            var text = new StringBuilder();
            var names = new HashSet<string>();
            foreach (var spec in catalog.Specs)
            {
                text.Append("---\n")
                    .Append("apiVersion: backstage.io/v1alpha1\n")
                    .Append("kind: Resource\n")
                    .Append("metadata:\n")
                    .Append("  name: ").Append(JsonText.Quote(UniqueName(spec, names))).Append('\n')
                    .Append("  title: ").Append(JsonText.Quote(spec.Key.Length > 0 ? spec.Key : spec.TypeName)).Append('\n');
                if (spec.Hypothesis?.Statement is { } statement)
                {
                    text.Append("  description: ").Append(JsonText.Quote(statement)).Append('\n');
                }

                text.Append("  annotations:\n");
                foreach (var (name, value) in Annotations(spec))
                {
                    text.Append("    ").Append(AnnotationPrefix).Append(name).Append(": ").Append(JsonText.Quote(value)).Append('\n');
                }

                text.Append("  tags:\n")
                    .Append("    - ").Append(JsonText.Quote(CatalogNames.Of(spec.Kind))).Append('\n');
                if (spec.Phase is { } phase)
                {
                    text.Append("    - ").Append(JsonText.Quote(phase.ToString().ToLowerInvariant())).Append('\n');
                }

                text.Append("spec:\n")
                    .Append("  type: ").Append(JsonText.Quote(CatalogNames.Of(spec.Kind))).Append('\n')
                    .Append("  owner: ").Append(JsonText.Quote(OwnerReference(spec))).Append('\n');
            }

            return text.ToString();
        }

        private static IEnumerable<(string Name, string Value)> Annotations(CatalogSpec spec)
        {
            yield return ("key", spec.Key);
            yield return ("spec-type", spec.TypeName);
            yield return ("assembly", spec.Assembly);
            if (spec.Phase is { } phase)
            {
                yield return ("phase", phase.ToString());
            }

            if (spec.Outcome is { } outcome)
            {
                yield return ("outcome", outcome.ToString());
            }

            if (spec.RolloutPercent is { } rollout)
            {
                yield return ("rollout-percent", rollout.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            if (spec.RemoveBy is { } removeBy)
            {
                yield return ("remove-by", removeBy);
            }

            if (spec.TweakPlan?.ReviewBy is { } reviewBy)
            {
                yield return ("review-by", reviewBy);
            }

            if (spec.Owner is { } owner)
            {
                yield return ("owner", owner);
            }

            yield return ("success-metrics", MetricNames(spec.SuccessMetrics));
            yield return ("guardrail-metrics", MetricNames(spec.GuardrailMetrics));
            yield return ("health", spec.Health.IsHealthy ? "healthy" : "attention");
            if (spec.Health.Configuration is { } configuration)
            {
                yield return ("configured", configuration.Configured ? "true" : "false");
            }

            if (spec.Health.Power?.Estimate is { } estimate)
            {
                yield return ("treatment-users", estimate.TreatmentUsers.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
                yield return ("days", estimate.Days.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
            }

            if (spec.Source is { } source)
            {
                yield return ("source", source.Line is { } line ? source.File + ":" + line.ToString(System.Globalization.CultureInfo.InvariantCulture) : source.File);
            }
        }

        private static string MetricNames(IEnumerable<MetricUse> uses) =>
            string.Join(",", uses.Select(use => use.Metric?.Name ?? use.TypeName));

        /// <summary>The owner as an entity reference: whole, when it has no spaces and is not a placeholder.</summary>
        private static string OwnerReference(CatalogSpec spec) =>
            spec.Owner is { Length: > 0 } owner && !spec.Health.IsUnowned && !owner.Any(char.IsWhiteSpace) ? owner : Unowned;

        /// <summary>
        /// A valid <c>metadata.name</c> (letters and digits, runs separated by one of <c>-_.</c>, at most 63 characters)
        /// from the key, else the type name; a suffix keeps two specs with one key apart.
        /// </summary>
        private static string UniqueName(CatalogSpec spec, HashSet<string> taken)
        {
            var name = EntityName(spec.Key);
            if (name.Length == 0)
            {
                name = EntityName(spec.TypeName);
            }

            var candidate = name;
            for (var suffix = 2; !taken.Add(candidate); suffix++)
            {
                var tail = "-" + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
                candidate = name.Substring(0, System.Math.Min(name.Length, MaximumNameLength - tail.Length)) + tail;
            }

            return candidate;
        }

        private static string EntityName(string text)
        {
            var name = new StringBuilder();
            foreach (var c in text)
            {
                var isAlphanumeric = c < 128 && char.IsLetterOrDigit(c);
                if (isAlphanumeric)
                {
                    name.Append(c);
                }
                else if (name.Length > 0 && name[name.Length - 1] != '-' && name[name.Length - 1] != '_' && name[name.Length - 1] != '.')
                {
                    name.Append(c is '_' or '.' ? c : '-');
                }
            }

            var result = name.ToString();
            if (result.Length > MaximumNameLength)
            {
                result = result.Substring(0, MaximumNameLength);
            }

            return result.TrimEnd('-', '_', '.');
        }
    }
}
