using System.Collections.Immutable;
using SpecAnalyzers.Configuration;
using SpecAnalyzers.Evaluations;

namespace SpecAnalyzers.Rules.Spec4xx
{
    /// <summary>
    /// SPEC401: a flag the configuration file declares (either schema) that no spec of the compilation or its
    /// references declares, names compared ignoring case as Microsoft.FeatureManagement compares them. Reported on the
    /// flag's name in the JSON, with the nearest declared keys ("did you mean").
    /// </summary>
    internal sealed class UndeclaredConfiguredFlagRule : ConfigurationRule
    {
        public override ImmutableArray<Microsoft.CodeAnalysis.DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.UndeclaredConfiguredFlag);

        public override void Analyze(in ConfigurationRuleContext context)
        {
            if (context.File.Flags.IsEmpty)
            {
                return;
            }

            var specs = context.Specs;
            var properties = HomeProperties(specs);
            foreach (var flag in context.File.Flags)
            {
                if (!specs.TryGet(flag.Name, out _))
                {
                    context.Report(
                        Descriptors.UndeclaredConfiguredFlag,
                        flag.NameLocation,
                        properties.Add(FlagDiagnosticProperties.Key, flag.Name),
                        flag.Name,
                        context.File.FileName,
                        Hint(flag.Name, specs.Suggest(flag.Name)));
                }
            }
        }

        /// <summary>For "declare a spec": where the compilation keeps its specs, as SPEC201's declare fix reads it.</summary>
        private static ImmutableDictionary<string, string?> HomeProperties(SpecsByFlagName specs) =>
            specs.Home is { Location.SourceTree: { } tree } home
                ? ImmutableDictionary<string, string?>.Empty
                    .Add(FlagDiagnosticProperties.SpecFile, tree.FilePath)
                    .Add(FlagDiagnosticProperties.SpecNamespace, home.Type.ContainingNamespace.IsGlobalNamespace ? string.Empty : home.Type.ContainingNamespace.ToDisplayString())
                : ImmutableDictionary<string, string?>.Empty;

        private static string Hint(string name, ImmutableArray<string> suggestions) =>
            suggestions.IsEmpty
                ? "; declare it with [FeatureFlag(\"" + name + "\")] or [Experiment(\"" + name + "\")]"
                : ": did you mean '" + string.Join("' or '", suggestions) + "'?";
    }
}
