using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using SpecAnalyzers.Model;

namespace SpecAnalyzers.Rules
{
    /// <summary>
    /// SPEC204 (off by default): a spec of this compilation whose key nothing in it evaluates. Its keys are recorded
    /// only while a team has turned the rule on (<see cref="IsOn"/>), since that needs every call bound.
    /// </summary>
    internal sealed class UnevaluatedSpecRule : CompilationRule
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.UnevaluatedSpec);

        public static bool IsOn(Compilation compilation, CancellationToken cancellationToken) =>
            RuleEnablement.IsEnabled(compilation, Descriptors.UnevaluatedSpec, cancellationToken);

        public override void Analyze(in CompilationRuleContext context)
        {
            if (context.EvaluatedKeys is not { } evaluated)
            {
                return;
            }

            foreach (var spec in context.Specs.GetAll(context.CancellationToken).InSource)
            {
                // Think: nothing is built yet. Retired: not being evaluated is exactly what retiring means.
                if (spec.Phase is SpecPhase.Think or SpecPhase.Retired || evaluated.Contains(spec.Key!))
                {
                    continue;
                }

                context.Report(Descriptors.UnevaluatedSpec, spec.Location, spec.DisplayName);
            }
        }
    }
}
