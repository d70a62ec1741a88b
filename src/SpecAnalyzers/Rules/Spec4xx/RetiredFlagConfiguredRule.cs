using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using SpecAnalyzers.Evaluations;
using SpecAnalyzers.Model;

namespace SpecAnalyzers.Rules
{
    /// <summary>
    /// SPEC404: a flag the configuration file still declares whose spec is retired, or past its <c>RemoveBy</c> date
    /// (by more than the grace SPEC106 allows, against the same reference date). Reported on the flag's name in the
    /// JSON: the entry is what is left to remove.
    /// </summary>
    internal sealed class RetiredFlagConfiguredRule : ConfigurationRule
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.RetiredFlagConfigured);

        public override void Analyze(in ConfigurationRuleContext context)
        {
            if (context.File.Flags.IsEmpty)
            {
                return;
            }

            var specs = context.Specs;
            foreach (var flag in context.File.Flags)
            {
                if (specs.TryGetIgnoringCase(flag.Name, out var spec) && DescribeEnd(spec, context) is { } ended)
                {
                    // The fix removes the entry only for a retired spec: a live one past its date still runs as configured.
                    var properties = spec.Phase == SpecPhase.Retired
                        ? ImmutableDictionary<string, string?>.Empty.Add(FlagDiagnosticProperties.Key, spec.Key)
                        : ImmutableDictionary<string, string?>.Empty;
                    context.Report(Descriptors.RetiredFlagConfigured, flag.NameLocation, properties, spec.DisplayName, ended, flag.Name, context.File.FileName);
                }
            }
        }

        private static string? DescribeEnd(SpecModel spec, in ConfigurationRuleContext context)
        {
            if (spec.Phase == SpecPhase.Retired)
            {
                return "retired";
            }

            if (!IsoDate.TryParse(spec.RemoveBy, out var removeBy))
            {
                return null;
            }

            var tree = spec.Location.SourceTree;
            var reference = context.Settings.GetReferenceDate(tree);
            return (reference - removeBy).TotalDays > context.Settings.GetStaleGraceDays(tree)
                ? "past its RemoveBy date " + spec.RemoveBy + " (reference date " + IsoDate.ToText(reference) + ")"
                : null;
        }
    }
}
