using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using SpecAnalyzers.Configuration;
using SpecAnalyzers.Evaluations;

namespace SpecAnalyzers.Rules
{
    /// <summary>
    /// SPEC201: a constant key no spec declares, with the nearest declared keys ("did you mean …?"). The diagnostic
    /// tells its fixes the keys they may write instead, their Key constants, and where the compilation keeps its specs.
    /// A fix never changes what runs: where a flag configuration is read, the call site's key is replaced only when the
    /// configuration lacks it and only by a key the configuration has; a configured key keeps its call site, and the
    /// fix declares a spec with the configured spelling instead.
    /// While the compilation declares and references no spec, keys are tallied instead
    /// (<see cref="EvaluationRuleContext.Adoption"/>) and <see cref="UndeclaredFlagsSummaryRule"/> reports them once.
    /// </summary>
    internal sealed class UndeclaredFlagKeyRule : EvaluationRule
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.UndeclaredFlagKey);

        public override void Analyze(in EvaluationRuleContext context)
        {
            var evaluation = context.Evaluation;
            if (evaluation is not { Key: { } key, Spec: null })
            {
                return;
            }

            if (context.Adoption is { } adoption)
            {
                adoption.Add(key, evaluation.Location);
                return;
            }

            var specs = context.Specs.GetAll(context.CancellationToken);
            var suggestions = KeySuggestions.Nearest(key, specs.SuggestableKeys);
            var configuration = context.Configuration;
            var configuredSpelling = configuration.DeclaresFlags ? ConfiguredSpelling(configuration, key) : null;
            var hint = configuredSpelling is not null
                ? "; it is configured in " + configuration.FileNames + ": declare it with [FeatureFlag(\"" + configuredSpelling + "\")]"
                : suggestions.IsEmpty
                    ? "; declare it with [FeatureFlag(\"" + key + "\")] or [Experiment(\"" + key + "\")]"
                    : ": did you mean " + string.Join(" or ", Quote(suggestions)) + "?";
            var replacements = !configuration.DeclaresFlags
                ? suggestions
                : configuredSpelling is not null
                    ? ImmutableArray<string>.Empty
                    : suggestions.RemoveAll(suggestion => ConfiguredSpelling(configuration, suggestion) is null);
            var properties = FlagDiagnosticProperties.ForHome(specs.Home)
                .Add(FlagDiagnosticProperties.Key, key)
                .Add(FlagDiagnosticProperties.Suggestions, string.Join(FlagDiagnosticProperties.Separator.ToString(), replacements));
            if (configuredSpelling is not null)
            {
                properties = properties.Add(FlagDiagnosticProperties.ConfiguredSpelling, configuredSpelling);
            }

            foreach (var suggestion in replacements)
            {
                if (specs.TryGet(suggestion, out var spec) && context.KeyConstants.TryGet(spec, evaluation.CallSite, out var constant))
                {
                    properties = properties.Add(FlagDiagnosticProperties.SuggestionConstant(suggestion), constant.Properties[FlagDiagnosticProperties.KeyConstant]);
                }
            }

            context.Report(Descriptors.UndeclaredFlagKey, evaluation.Location, properties, key, hint);
        }

        /// <summary>How the configuration spells <paramref name="key"/> (names compare ignoring case there); null when no environment has it.</summary>
        private static string? ConfiguredSpelling(FlagConfiguration configuration, string key)
        {
            foreach (var (_, flag) in configuration.Find(key))
            {
                return flag.Name;
            }

            return null;
        }

        private static string[] Quote(ImmutableArray<string> keys)
        {
            var quoted = new string[keys.Length];
            for (var i = 0; i < keys.Length; i++)
            {
                quoted[i] = "'" + keys[i] + "'";
            }

            return quoted;
        }
    }
}
