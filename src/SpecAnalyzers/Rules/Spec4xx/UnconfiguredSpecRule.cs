using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using SpecAnalyzers.Model;

namespace SpecAnalyzers.Rules
{
    /// <summary>
    /// SPEC402: a spec at Build, Ship or Tweak whose key no environment's flag configuration declares (names compared
    /// ignoring case): Microsoft.FeatureManagement returns "disabled" for it. Silent when the compilation has no
    /// configuration file with a flag section (the flags are served from elsewhere, or not yet).
    /// </summary>
    internal sealed class UnconfiguredSpecRule : SpecRule
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.UnconfiguredSpec);

        public override void Analyze(in SpecRuleContext context)
        {
            if (context.Spec is not { Key: { Length: > 0 } key } spec || spec.Phase is not (SpecPhase.Build or SpecPhase.Ship or SpecPhase.Tweak))
            {
                return;
            }

            var configuration = context.Settings.GetFlagConfiguration(context.CancellationToken);
            foreach (var _ in configuration.Find(key))
            {
                return;
            }

            if (configuration.DeclaresFlags)
            {
                context.Report(Descriptors.UnconfiguredSpec, spec.Declaration.GetConstructorArgumentLocation(), spec.DisplayName, spec.Phase.ToString(), key, configuration.FileNames);
            }
        }
    }
}
