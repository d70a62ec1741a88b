using System.Collections.Immutable;
using SpecAnalyzers.Configuration;
using SpecAnalyzers.Evaluations;

namespace SpecAnalyzers.Rules
{
    /// <summary>
    /// SPEC401: a flag the configuration file declares (either schema) that no spec of the compilation or its
    /// references declares, names compared ignoring case as Microsoft.FeatureManagement compares them. Reported on the
    /// flag's name in the JSON, with the nearest declared keys ("did you mean"). Not while the compilation declares and
    /// references no spec and can evaluate flags: the first-install SPEC201 summary counts these flags and its fix declares them.
    /// </summary>
    internal sealed class UndeclaredConfiguredFlagRule : ConfigurationRule
    {
        public override ImmutableArray<Microsoft.CodeAnalysis.DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.UndeclaredConfiguredFlag);

        public override void Analyze(in ConfigurationRuleContext context)
        {
            // A first install: the flags are counted in the one SPEC201 summary instead (UndeclaredFlagsSummaryRule).
            if (context.File.Flags.IsEmpty || context.HasFirstInstallSummary)
            {
                return;
            }

            var specs = context.Specs;
            var properties = FlagDiagnosticProperties.ForHome(specs.Home);
            foreach (var flag in context.File.Flags)
            {
                if (!specs.TryGetIgnoringCase(flag.Name, out _))
                {
                    context.Report(
                        Descriptors.UndeclaredConfiguredFlag,
                        flag.NameLocation,
                        properties.Add(FlagDiagnosticProperties.Key, flag.Name),
                        flag.Name,
                        context.File.FileName,
                        Hint(flag.Name, KeySuggestions.Nearest(flag.Name, specs.SuggestableKeys)));
                }
            }
        }

        private static string Hint(string name, ImmutableArray<string> suggestions) =>
            suggestions.IsEmpty
                ? "; declare it with [FeatureFlag(\"" + name + "\")] or [Experiment(\"" + name + "\")]"
                : ": did you mean '" + string.Join("' or '", suggestions) + "'?";
    }
}
