using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using SpecAnalyzers.Catalog.Model;
using SpecAnalyzers.Model;
using SpecAnalyzers.Options;

namespace SpecAnalyzers.Catalog.Reading
{
    /// <summary>
    /// Turns the attributes read from a build's assemblies into the catalog: each spec with its metrics and goal
    /// resolved across the assemblies (a <c>typeof</c> names its assembly when it is another one), and its health.
    /// </summary>
    internal sealed class CatalogBuilder
    {
        private readonly Dictionary<(string Assembly, string Type), CatalogMetric> _metrics = new();
        private readonly Dictionary<(string Assembly, string Type), CatalogGoal> _goals = new();
        private readonly DateTime _referenceDate;
        private readonly PlaceholderWords _placeholders = PlaceholderWords.Default;

        private CatalogBuilder(DateTime referenceDate) => _referenceDate = referenceDate;

        public static SpecCatalog Build(string project, DateTime referenceDate, IReadOnlyList<CompiledAssembly> assemblies)
        {
            var builder = new CatalogBuilder(referenceDate);
            var types = assemblies.SelectMany(assembly => assembly.Types).ToList();
            foreach (var type in types)
            {
                builder.Collect(type);
            }

            var specs = types
                .Select(builder.ReadSpec)
                .OfType<CatalogSpec>()
                .OrderBy(spec => spec.Key, StringComparer.Ordinal)
                .ThenBy(spec => spec.TypeName, StringComparer.Ordinal)
                .ThenBy(spec => spec.Assembly, StringComparer.Ordinal)
                .ToImmutableArray();
            return new SpecCatalog(
                project,
                IsoDate.ToText(referenceDate),
                specs,
                builder._goals.Values.OrderBy(goal => goal.TypeName, StringComparer.Ordinal).ThenBy(goal => goal.Assembly, StringComparer.Ordinal).ToImmutableArray(),
                builder._metrics.Values.OrderBy(metric => metric.TypeName, StringComparer.Ordinal).ThenBy(metric => metric.Assembly, StringComparer.Ordinal).ToImmutableArray());
        }

        private void Collect(CompiledType type)
        {
            if (type.Find(SpecAttributeNames.Metric) is { } metric)
            {
                _metrics[(type.Assembly, type.TypeName)] = new CatalogMetric(
                    type.TypeName,
                    type.Assembly,
                    metric.Argument as string,
                    Enum<MetricDirection>(metric.Named(SpecArgumentNames.Direction) ?? 0),
                    metric.NamedString(SpecArgumentNames.Unit),
                    metric.NamedString(SpecAttributeNames.Description),
                    Number(metric.Named(SpecAttributeNames.Baseline)),
                    Number(metric.Named(SpecAttributeNames.StandardDeviation)));
            }

            if (type.Find(SpecAttributeNames.Goal) is { } goal)
            {
                _goals[(type.Assembly, type.TypeName)] = new CatalogGoal(
                    type.TypeName,
                    type.Assembly,
                    goal.Argument as string,
                    goal.NamedString(SpecArgumentNames.KeyResult));
            }
        }

        private CatalogSpec? ReadSpec(CompiledType type)
        {
            var experiment = type.Find(SpecAttributeNames.Experiment);
            var declaration = experiment ?? type.Find(SpecAttributeNames.FeatureFlag);
            if (declaration is null)
            {
                return null;
            }

            var health = new HealthCollector();
            var key = declaration.Argument as string;
            if (string.IsNullOrWhiteSpace(key))
            {
                health.Invalid.Add(new HealthFinding(SpecPart.Key, key));
            }

            var phaseValue = declaration.Named(SpecArgumentNames.Phase) ?? 0;
            var phase = Enum<SpecPhase>(phaseValue);
            var outcomeValue = declaration.Named(SpecArgumentNames.Outcome) ?? 0;
            var outcome = Enum<SpecOutcome>(outcomeValue);
            if (!declaration.Readable)
            {
                health.Invalid.Add(new HealthFinding(SpecPart.Key, null));
            }

            if (phase is null)
            {
                health.Invalid.Add(new HealthFinding(SpecPart.Phase, Text(phaseValue)));
            }

            if (outcome is null)
            {
                health.Invalid.Add(new HealthFinding(SpecPart.Outcome, Text(outcomeValue)));
            }

            var removeBy = declaration.NamedString(SpecArgumentNames.RemoveBy);
            CheckDate(health, SpecPart.RemoveBy, removeBy);

            var owner = ReadText(health, type, SpecAttributeNames.Owner, SpecPart.Owner);
            var hypothesis = ReadHypothesis(health, type);
            var successMetrics = ReadMetricUses(health, type, SpecAttributeNames.SuccessMetric, SpecArgumentNames.MinimumDetectableEffect, SpecPart.SuccessMetric, SpecPart.MinimumDetectableEffect);
            var guardrailMetrics = ReadMetricUses(health, type, SpecAttributeNames.GuardrailMetric, SpecArgumentNames.NonInferiorityMargin, SpecPart.GuardrailMetric, SpecPart.NonInferiorityMargin);
            if (successMetrics.IsEmpty && type.Find(SpecAttributeNames.SuccessMetric) is null)
            {
                health.Missing.Add(SpecPart.SuccessMetric);
            }

            var tweakPlan = ReadTweakPlan(health, type, checkReview: phase != SpecPhase.Retired);
            var rollout = experiment?.Named(SpecArgumentNames.RolloutPercent) as int?;
            if (rollout is < 0 or > 100)
            {
                health.Invalid.Add(new HealthFinding(SpecPart.RolloutPercent, Text(rollout.Value)));
            }

            var adoptionExemption = ReadAdoptionExemption(health, type);
            return new CatalogSpec(
                key ?? string.Empty,
                experiment is null ? SpecKind.FeatureFlag : SpecKind.Experiment,
                type.TypeName,
                type.Assembly,
                phase,
                outcome,
                removeBy,
                rollout,
                experiment is null ? null : Number(experiment.Named(SpecAttributeNames.EligibleUsersPerDay)),
                owner,
                hypothesis,
                successMetrics,
                guardrailMetrics,
                tweakPlan,
                type.Source,
                health.ToHealth(),
                adoptionExemption);
        }

        /// <summary>
        /// Ended once the reference date reaches the date, as the analyzers judge it: then a stale finding (SPEC106), as
        /// an unreadable date is an invalid one (SPEC105, which exempts nothing).
        /// </summary>
        private CatalogAdoptionExemption? ReadAdoptionExemption(HealthCollector health, CompiledType type)
        {
            if (type.Find(SpecAttributeNames.AdoptionExemption) is not { } exemption)
            {
                return null;
            }

            var until = exemption.Argument as string;
            var readable = IsoDate.TryParse(until, out var date);
            var ended = readable && _referenceDate >= date;
            if (!readable)
            {
                health.Invalid.Add(new HealthFinding(SpecPart.AdoptionExemption, until));
            }
            else if (ended)
            {
                health.Stale.Add(new HealthFinding(SpecPart.AdoptionExemption, until));
            }

            return new CatalogAdoptionExemption(until, exemption.NamedString(SpecAttributeNames.Reason), ended);
        }

        /// <summary>The single text argument of a mission part's attribute (<c>[Owner("…")]</c>); absent → missing.</summary>
        private string? ReadText(HealthCollector health, CompiledType type, string attributeName, SpecPart part)
        {
            if (type.Find(attributeName) is not { } attribute)
            {
                health.Missing.Add(part);
                return null;
            }

            if (!attribute.Readable)
            {
                health.Invalid.Add(new HealthFinding(part, null));
                return null;
            }

            var text = attribute.Argument as string;
            CheckText(health, part, text);
            return text;
        }

        private CatalogHypothesis? ReadHypothesis(HealthCollector health, CompiledType type)
        {
            var statement = ReadText(health, type, SpecAttributeNames.Hypothesis, SpecPart.Hypothesis);
            if (type.Find(SpecAttributeNames.Hypothesis) is not { Readable: true } attribute)
            {
                return null;
            }

            var insight = attribute.NamedString(SpecArgumentNames.Insight);
            if (attribute.NamedArguments.ContainsKey(SpecArgumentNames.Insight))
            {
                CheckText(health, SpecPart.Insight, insight);
            }

            var goalType = attribute.Named(SpecArgumentNames.Goal) as string;
            CatalogGoal? goal = null;
            if (goalType is not null)
            {
                goal = Resolve(_goals, type.Assembly, goalType);
                if (goal is null)
                {
                    health.Invalid.Add(new HealthFinding(SpecPart.Goal, TypeNameOf(goalType)));
                }
                else
                {
                    CheckText(health, SpecPart.GoalObjective, goal.Objective, goal.TypeName);
                    if (goal.KeyResult is not null)
                    {
                        CheckText(health, SpecPart.GoalKeyResult, goal.KeyResult, goal.TypeName);
                    }
                }
            }

            return new CatalogHypothesis(statement, insight, goalType is null ? null : TypeNameOf(goalType), goal);
        }

        private ImmutableArray<MetricUse> ReadMetricUses(HealthCollector health, CompiledType type, string attributeName, string marginName, SpecPart part, SpecPart marginPart)
        {
            var uses = ImmutableArray.CreateBuilder<MetricUse>();
            foreach (var attribute in type.FindAll(attributeName))
            {
                if (!attribute.Readable || attribute.Argument is not string written)
                {
                    health.Invalid.Add(new HealthFinding(part, null));
                    continue;
                }

                var metric = Resolve(_metrics, type.Assembly, written);
                var typeName = TypeNameOf(written);
                if (metric is null)
                {
                    health.Invalid.Add(new HealthFinding(part, typeName));
                }
                else
                {
                    CheckMetric(health, metric);
                }

                // A relative change: strictly between 0 and 1 when set (SPEC303).
                var margin = Number(attribute.Named(marginName));
                if (margin is { } value && !(value > 0 && value < 1))
                {
                    health.Invalid.Add(new HealthFinding(marginPart, Text(value), metric?.Name ?? typeName));
                }

                uses.Add(new MetricUse(typeName, metric, margin));
            }

            return uses.ToImmutable();
        }

        private void CheckMetric(HealthCollector health, CatalogMetric metric)
        {
            if (string.IsNullOrWhiteSpace(metric.Name))
            {
                health.Invalid.Add(new HealthFinding(SpecPart.MetricName, metric.Name, metric.TypeName));
                return;
            }

            if (metric.Unit is not null)
            {
                CheckText(health, SpecPart.MetricUnit, metric.Unit, metric.Name);
            }

            if (metric.Description is not null)
            {
                CheckText(health, SpecPart.MetricDescription, metric.Description, metric.Name);
            }
        }

        private CatalogTweakPlan? ReadTweakPlan(HealthCollector health, CompiledType type, bool checkReview)
        {
            var plan = ReadText(health, type, SpecAttributeNames.TweakPlan, SpecPart.TweakPlan);
            if (type.Find(SpecAttributeNames.TweakPlan) is not { Readable: true } attribute)
            {
                return null;
            }

            var reviewBy = attribute.NamedString(SpecArgumentNames.ReviewBy);
            CheckDate(health, SpecPart.ReviewBy, reviewBy, checkStale: checkReview);
            return new CatalogTweakPlan(plan, reviewBy);
        }

        private void CheckText(HealthCollector health, SpecPart part, string? text, string? subject = null)
        {
            if (text is null || _placeholders.Inspect(text) != TextDefect.None)
            {
                health.Placeholders.Add(new HealthFinding(part, text, subject));
            }
        }

        /// <summary>
        /// A date that is not a real <c>yyyy-MM-dd</c> is unreadable (SPEC105); one before the reference date is stale
        /// (SPEC106). A retired spec's <c>ReviewBy</c> is not stale: there is no tweak plan left to review.
        /// </summary>
        private void CheckDate(HealthCollector health, SpecPart part, string? text, bool checkStale = true)
        {
            if (text is null)
            {
                return;
            }

            if (!IsoDate.TryParse(text, out var date))
            {
                health.Invalid.Add(new HealthFinding(part, text));
            }
            else if (checkStale && date < _referenceDate)
            {
                health.Stale.Add(new HealthFinding(part, text));
            }
        }

        /// <summary>
        /// Finds the type a <c>typeof</c> argument names: in the assembly it names, or (when it names none, as the
        /// compiler writes a type of the same assembly) in the declaring assembly, else in any assembly read.
        /// </summary>
        private static T? Resolve<T>(Dictionary<(string Assembly, string Type), T> types, string declaringAssembly, string serializedName)
            where T : class
        {
            var typeName = TypeNameOf(serializedName);
            var assembly = AssemblyNameOf(serializedName) ?? declaringAssembly;
            if (types.TryGetValue((assembly, typeName), out var found))
            {
                return found;
            }

            var candidates = types.Where(pair => pair.Key.Type == typeName).Select(pair => pair.Value).Take(2).ToList();
            return candidates.Count == 1 ? candidates[0] : null;
        }

        /// <summary>The type part of a serialized type name: up to the first comma outside generic brackets.</summary>
        private static string TypeNameOf(string serializedName) => serializedName.Substring(0, TypeNameEnd(serializedName)).Trim();

        private static string? AssemblyNameOf(string serializedName)
        {
            var end = TypeNameEnd(serializedName);
            if (end >= serializedName.Length)
            {
                return null;
            }

            var rest = serializedName.Substring(end + 1);
            var comma = rest.IndexOf(',');
            return (comma < 0 ? rest : rest.Substring(0, comma)).Trim();
        }

        private static int TypeNameEnd(string serializedName)
        {
            var depth = 0;
            for (var i = 0; i < serializedName.Length; i++)
            {
                switch (serializedName[i])
                {
                    case '[':
                        depth++;
                        break;
                    case ']':
                        depth--;
                        break;
                    case ',' when depth == 0:
                        return i;
                }
            }

            return serializedName.Length;
        }

        private static TEnum? Enum<TEnum>(object value)
            where TEnum : struct, Enum =>
            value is int number && System.Enum.IsDefined(typeof(TEnum), number) ? (TEnum)(object)number : null;

        private static string? Text(object value) => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture);

        private static double? Number(object? value) => value switch
        {
            double number => number,
            float number => number,
            int number => number,
            long number => number,
            _ => null,
        };

        /// <summary>A spec's findings while it is read.</summary>
        private sealed class HealthCollector
        {
            public List<SpecPart> Missing { get; } = new();

            public List<HealthFinding> Placeholders { get; } = new();

            public List<HealthFinding> Stale { get; } = new();

            public List<HealthFinding> Invalid { get; } = new();

            public SpecHealth ToHealth() => new(
                Missing.OrderBy(part => part).ToImmutableArray(),
                Placeholders.ToImmutableArray(),
                Stale.ToImmutableArray(),
                Invalid.ToImmutableArray());
        }
    }
}
