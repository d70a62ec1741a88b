using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using SpecAnalyzers.Configuration;
using SpecAnalyzers.Model;

namespace SpecAnalyzers.Rules
{
    /// <summary>
    /// SPEC403: an experiment's <c>RolloutPercent</c> differs from the share its configuration exposes in some
    /// environment (<see cref="ConfiguredRollout"/>). Reported on the <c>RolloutPercent</c> value, once per configured
    /// value that differs: the spec is what the fix mends.
    /// </summary>
    internal sealed class ConfiguredRolloutRule : SpecRule
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.ConfiguredRolloutMismatch);

        public override void Analyze(in SpecRuleContext context)
        {
            if (context.Spec is not { Kind: SpecKind.Experiment, Key: { Length: > 0 } key, RolloutPercent: { } percent } spec
                || spec.Phase == SpecPhase.Retired)
            {
                return;
            }

            var reported = new HashSet<ConfigurationNode>();
            foreach (var (_, flag) in context.Settings.GetFlagConfiguration(context.CancellationToken).Find(key))
            {
                foreach (var rollout in ConfiguredRollout.Of(flag))
                {
                    if (Math.Abs(rollout.Percent - percent) > 1e-9 && reported.Add(rollout.Node))
                    {
                        context.Report(
                            Descriptors.ConfiguredRolloutMismatch,
                            spec.Declaration.GetNamedArgumentLocation(SpecArgumentNames.RolloutPercent),
                            ImmutableDictionary<string, string?>.Empty.Add(ConfigurationDiagnosticProperties.ConfiguredPercent, Text(rollout.Percent)),
                            spec.DisplayName,
                            percent.ToString(CultureInfo.InvariantCulture),
                            rollout.Node.File.Describe(rollout.Node.Value is null ? rollout.Node.KeySpan : rollout.Node.ValueSpan),
                            Text(rollout.Percent),
                            rollout.Source);
                    }
                }
            }
        }

        private static string Text(double percent) => percent.ToString(CultureInfo.InvariantCulture);
    }
}
