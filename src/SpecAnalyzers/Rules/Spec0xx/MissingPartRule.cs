using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using SpecAnalyzers.Model;

namespace SpecAnalyzers.Rules
{
    /// <summary>
    /// The mission rules (SPEC001–SPEC004): a spec must have each of its four parts. Reported once per spec, on
    /// the name of the declaration that carries <c>[FeatureFlag]</c> or <c>[Experiment]</c>; not while the spec's
    /// adoption exemption holds.
    /// </summary>
    internal sealed class MissingPartRule : SpecRule
    {
        private readonly MissionPart _part;

        public MissingPartRule(MissionPart part)
        {
            _part = part;
            SupportedDiagnostics = ImmutableArray.Create(part.Rule);
        }

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

        public override void Analyze(in SpecRuleContext context)
        {
            if (context.Spec is { } spec && _part.IsMissing(spec) && !context.IsExemptFromMissionRules(spec))
            {
                context.Report(_part.Rule, spec.Location, spec.DisplayName);
            }
        }
    }
}
