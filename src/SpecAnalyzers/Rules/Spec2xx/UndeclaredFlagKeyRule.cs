using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using SpecAnalyzers.Evaluations;

namespace SpecAnalyzers.Rules
{
    /// <summary>
    /// SPEC201: a constant key no spec declares, with the nearest declared keys ("did you mean …?"). The diagnostic
    /// tells its fixes the suggestions, their Key constants, and where the compilation keeps its specs. While the
    /// compilation declares and references no spec, keys are tallied instead (<see cref="EvaluationRuleContext.Adoption"/>)
    /// and <see cref="UndeclaredFlagsSummaryRule"/> reports them once.
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
            var suggestions = KeySuggestions.Nearest(key, specs.Keys, specs.NormalizedKeys);
            var hint = suggestions.IsEmpty
                ? "; declare it with [FeatureFlag(\"" + key + "\")] or [Experiment(\"" + key + "\")]"
                : ": did you mean " + string.Join(" or ", Quote(suggestions)) + "?";
            var properties = ImmutableDictionary<string, string?>.Empty
                .Add(FlagDiagnosticProperties.Key, key)
                .Add(FlagDiagnosticProperties.Suggestions, string.Join(FlagDiagnosticProperties.Separator.ToString(), suggestions));
            if (specs.Home is { } home)
            {
                properties = properties
                    .Add(FlagDiagnosticProperties.SpecFile, home.Location.SourceTree!.FilePath)
                    .Add(FlagDiagnosticProperties.SpecNamespace, home.Type.ContainingNamespace.IsGlobalNamespace ? string.Empty : home.Type.ContainingNamespace.ToDisplayString());
            }

            foreach (var suggestion in suggestions)
            {
                if (specs.TryGet(suggestion, out var spec) && context.KeyConstants.TryGet(spec, evaluation.CallSite, out var constant))
                {
                    properties = properties.Add(FlagDiagnosticProperties.SuggestionConstant(suggestion), constant.Properties[FlagDiagnosticProperties.KeyConstant]);
                }
            }

            context.Report(Descriptors.UndeclaredFlagKey, evaluation.Location, properties, key, hint);
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
