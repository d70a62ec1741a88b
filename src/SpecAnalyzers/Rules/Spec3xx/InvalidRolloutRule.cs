using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using SpecAnalyzers.Model;

namespace SpecAnalyzers.Rules
{
    /// <summary>
    /// SPEC302: <c>RolloutPercent</c> is a share of users, 0–100, in any phase. At Ship an experiment must expose
    /// somebody: a missing <c>RolloutPercent</c> (reported on the <c>[Experiment]</c> attribute) or 0 (on the value)
    /// means nobody sees the change. Before Ship 0 is the natural value, and after it (Tweak) a paused rollout is a
    /// decision, not a mistake.
    /// </summary>
    internal sealed class InvalidRolloutRule : SpecRule
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.InvalidRollout);

        public override void Analyze(in SpecRuleContext context)
        {
            if (context.Spec is not { Kind: SpecKind.Experiment } spec)
            {
                return;
            }

            var declaration = spec.Declaration;
            var valueLocation = declaration.GetNamedArgumentLocation(SpecArgumentNames.RolloutPercent);
            if (spec.RolloutPercent is { } percent && (percent < 0 || percent > 100))
            {
                context.Report(Descriptors.InvalidRollout, valueLocation, spec.DisplayName, "RolloutPercent " + Text(percent) + " is outside 0–100");
            }
            else if (spec.Phase == SpecPhase.Ship && spec.RolloutPercent is null or 0)
            {
                // Written but not a constant number (yet): the compiler has its say.
                if (spec.RolloutPercent is null && WrittenArguments.IsWritten(declaration, SpecArgumentNames.RolloutPercent))
                {
                    return;
                }

                var problem = spec.RolloutPercent is null
                    ? "it is at Ship with no RolloutPercent: set the share of users who get it (1–100)"
                    : "it is at Ship with RolloutPercent 0, so nobody is exposed: set the share of users who get it (1–100)";
                context.Report(Descriptors.InvalidRollout, spec.RolloutPercent is null ? declaration.Location : valueLocation, spec.DisplayName, problem);
            }
        }

        private static string Text(int percent) => percent.ToString(CultureInfo.InvariantCulture);
    }
}
