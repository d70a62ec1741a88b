using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using SpecAnalyzers.Model;

namespace SpecAnalyzers.Rules
{
    /// <summary>
    /// The mission rules (SPEC001–SPEC004): a spec must have each of its four parts. Reported once per spec, on
    /// the name of the declaration that carries <c>[FeatureFlag]</c> or <c>[Experiment]</c>.
    /// </summary>
    internal sealed class MissingPartRule : SpecRule
    {
        private readonly DiagnosticDescriptor _descriptor;
        private readonly Func<SpecModel, ImmutableArray<SpecPart>> _part;

        public MissingPartRule(DiagnosticDescriptor descriptor, Func<SpecModel, ImmutableArray<SpecPart>> part)
        {
            _descriptor = descriptor;
            _part = part;
            SupportedDiagnostics = ImmutableArray.Create(descriptor);
        }

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

        public override void Analyze(in SpecRuleContext context)
        {
            if (context.Spec is { } spec && _part(spec).IsEmpty)
            {
                context.Report(_descriptor, spec.Location, spec.DisplayName);
            }
        }
    }
}
