using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using SpecAnalyzers.Configuration;
using SpecAnalyzers.Model;

namespace SpecAnalyzers.Rules
{
    /// <summary>
    /// SPEC406: an experiment (not retired) that an environment's configuration declares without
    /// <c>telemetry.enabled: true</c>: Microsoft.FeatureManagement then emits no evaluation events, and the
    /// experiment's results cannot be analysed. A .NET-schema entry has no telemetry at all. Reported once, on the
    /// experiment's key, naming the first entry that lacks it.
    /// </summary>
    internal sealed class ExperimentWithoutTelemetryRule : SpecRule
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.ExperimentWithoutTelemetry);

        public override void Analyze(in SpecRuleContext context)
        {
            if (context.Spec is not { Kind: SpecKind.Experiment, Key: { Length: > 0 } key } spec || spec.Phase == SpecPhase.Retired)
            {
                return;
            }

            foreach (var (_, flag) in context.Settings.GetFlagConfiguration(context.CancellationToken).Find(key))
            {
                if (flag.IsTelemetryEnabled)
                {
                    continue;
                }

                var where = flag.NameNode.File.Describe(flag.Schema == FlagSchema.Dotnet ? flag.NameNode.KeySpan : flag.NameNode.ValueSpan);
                var fix = flag.Schema == FlagSchema.Dotnet
                    ? "the FeatureManagement schema has no telemetry; declare it in feature_management.feature_flags with \"telemetry\": { \"enabled\": true }"
                    : "set \"telemetry\": { \"enabled\": true } on its entry";
                // The fix edits a Microsoft-schema entry; moving a .NET-schema flag to the other schema is the team's call.
                var properties = flag.Schema == FlagSchema.Microsoft
                    ? ImmutableDictionary<string, string?>.Empty
                        .Add(ConfigurationDiagnosticProperties.ConfigurationFile, flag.Entry.File.Path)
                        .Add(ConfigurationDiagnosticProperties.EntryStart, flag.Entry.EntrySpan.Start.ToString(CultureInfo.InvariantCulture))
                    : ImmutableDictionary<string, string?>.Empty;
                context.Report(Descriptors.ExperimentWithoutTelemetry, spec.Declaration.GetConstructorArgumentLocation(), properties, spec.DisplayName, where, fix);
                return;
            }
        }
    }
}
