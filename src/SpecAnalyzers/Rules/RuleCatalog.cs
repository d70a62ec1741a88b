using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using SpecAnalyzers.Model;

namespace SpecAnalyzers.Rules
{
    /// <summary>
    /// Every rule, by what it checks and so by when it runs. The analyzers gather the facts (the spec model of a type,
    /// a flag evaluation, the specs of the compilation) and hand them to these rules; only rules report.
    /// </summary>
    internal static class RuleCatalog
    {
        /// <summary>The rules that need only the type's own attributes: they run as soon as the compiler has the type.</summary>
        public static readonly ImmutableArray<SpecRule> PerType = ImmutableArray.Create<SpecRule>(
            new MissingPartRule(MissionPart.Hypothesis),
            new MissingPartRule(MissionPart.SuccessMetric),
            new MissingPartRule(MissionPart.Owner),
            new MissingPartRule(MissionPart.TweakPlan),
            new PlaceholderMissionTextRule(),
            new PlaceholderTextRule(),
            new MalformedNameRule(),
            new InvalidDateRule(),
            new DatePassedRule(),
            new UnknownOwnerRule(),
            new PartOnNonSpecRule(),
            new KeyConstantMismatchRule(),
            new MissingGuardrailRule(),
            new InvalidRolloutRule(),
            new StatisticOutOfRangeRule(),
            new HypothesisWithoutGoalRule(),
            new UnconfiguredSpecRule(),
            new ConfiguredRolloutRule(),
            new ExperimentWithoutTelemetryRule());

        /// <summary>
        /// The rules that read the attributes of the types a spec links to. They run once the compiler has finished a
        /// file, over the parts written in it: in a build the compiler has bound every type's attributes by then, and
        /// checked as soon as the spec's own type is ready, a link to a type declared further on would bind that type
        /// early, inside the analyzer (a few hundred microseconds each).
        /// </summary>
        public static readonly ImmutableArray<SpecRule> PerFile = ImmutableArray.Create<SpecRule>(
            new NotAMetricOrGoalRule(),
            new ExperimentPowerRule(),
            new ImpossiblePowerInputRule(),
            new UnfinishedMetricStubRule());

        /// <summary>
        /// The rules over a flag configuration file (appsettings*.json), run as an additional-file action: their
        /// diagnostics sit on its JSON tokens. The rules that compare a spec with the configuration and report on the
        /// spec (SPEC402, SPEC403, SPEC406) are in <see cref="PerType"/>.
        /// </summary>
        public static readonly ImmutableArray<ConfigurationRule> PerConfigurationFile = ImmutableArray.Create<ConfigurationRule>(
            new UndeclaredConfiguredFlagRule(),
            new RetiredFlagConfiguredRule(),
            new InvalidFlagConfigurationRule());

        /// <summary>The rules over each key a call site evaluates.</summary>
        public static readonly ImmutableArray<EvaluationRule> PerEvaluation = ImmutableArray.Create<EvaluationRule>(
            new UndeclaredFlagKeyRule(),
            new NonConstantFlagKeyRule(),
            new RetiredFlagEvaluatedRule(),
            new FlagKeyLiteralRule());

        /// <summary>The rules over the keys every call site of the compilation evaluated, once all are known.</summary>
        public static readonly ImmutableArray<CompilationRule> AfterEvaluations = ImmutableArray.Create<CompilationRule>(
            new UnevaluatedSpecRule(),
            new UndeclaredFlagsSummaryRule());

        /// <summary>The rules over every spec of the compilation and of its references, at its end.</summary>
        public static readonly ImmutableArray<CompilationRule> PerCompilation = ImmutableArray.Create<CompilationRule>(
            new DuplicateKeyRule());

        /// <summary>The descriptors of <paramref name="supported"/>, each once, in order: an analyzer's SupportedDiagnostics.</summary>
        public static ImmutableArray<DiagnosticDescriptor> DescriptorsOf(IEnumerable<DiagnosticDescriptor> supported)
        {
            var descriptors = new List<DiagnosticDescriptor>();
            foreach (var descriptor in supported)
            {
                if (!descriptors.Contains(descriptor))
                {
                    descriptors.Add(descriptor);
                }
            }

            return descriptors.ToImmutableArray();
        }
    }
}
