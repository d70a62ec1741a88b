using System;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using SpecAnalyzers.Model;
using SpecAnalyzers.Power;

namespace SpecAnalyzers.Rules
{
    /// <summary>
    /// SPEC305 and SPEC306, from one sizing of the experiment (<see cref="ExperimentPower"/>). One of
    /// <see cref="SpecRuleCatalog.PerFile"/>: the baselines live on the linked metric types.
    /// <list type="bullet">
    /// <item>SPEC305 (info), on the experiment's name: the users the treatment needs, the metric that needs the most,
    /// and the days at the declared rollout.</item>
    /// <item>SPEC306, on the <c>RolloutPercent</c> value: more days than the planned window holds — from the reference
    /// date (the one SPEC106 compares against) to the tweak plan's <c>ReviewBy</c>, else <c>RemoveBy</c> — with the
    /// smallest whole percent above the rollout that fits for the fix to write (<see cref="RaisedRolloutProperty"/>);
    /// when none does, the message says what would. A window already over is SPEC106's to report.</item>
    /// </list>
    /// </summary>
    internal sealed class ExperimentPowerRule : SpecRule
    {
        /// <summary>The SPEC306 property holding the rollout the fix writes; absent when raising the rollout cannot help.</summary>
        public const string RaisedRolloutProperty = "RaisedRolloutPercent";

        /// <summary>Past a century a date to allow until says nothing a day count does not.</summary>
        private const double MaxDaysAsDate = 36_500;

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.SampleSize, Descriptors.SampleSizeOutOfReach);

        public override void Analyze(in SpecRuleContext context)
        {
            if (context.Spec is not { } spec || ExperimentPowerReader.Read(context, spec) is not { } power)
            {
                return;
            }

            var estimate = power.Estimate;
            context.Report(
                Descriptors.SampleSize,
                spec.Location,
                spec.DisplayName,
                PowerNumbers.Whole(estimate.TreatmentUsers),
                estimate.DrivingMetric,
                PowerNumbers.Whole(estimate.Days),
                estimate.RolloutPercent,
                PowerNumbers.Whole(estimate.EligibleUsersPerDay));
            CheckWindow(context, spec, power);
        }

        private static void CheckWindow(in SpecRuleContext context, SpecModel spec, ExperimentPower power)
        {
            if (FindPlannedEnd(spec) is not { } end)
            {
                return;
            }

            var reference = context.Settings.GetReferenceDate(end.Location.SourceTree);
            var windowDays = (end.Date - reference).TotalDays;
            var estimate = power.Estimate;
            if (!power.Overruns(windowDays))
            {
                return;
            }

            var raised = power.RaisedRolloutWithin(windowDays);
            var properties = raised is null
                ? null
                : ImmutableDictionary<string, string?>.Empty.Add(RaisedRolloutProperty, raised.RolloutPercent.ToString(CultureInfo.InvariantCulture));
            context.Report(
                Descriptors.SampleSizeOutOfReach,
                spec.Declaration.GetNamedArgumentLocation(SpecArgumentNames.RolloutPercent),
                properties,
                spec.DisplayName,
                PowerNumbers.Whole(estimate.TreatmentUsers),
                PowerNumbers.Whole(estimate.Days),
                estimate.RolloutPercent,
                PowerNumbers.Whole(windowDays),
                IsoDate.ToText(reference),
                end.Text,
                Advice(power, raised, reference, windowDays));
        }

        private static string Advice(ExperimentPower power, PowerEstimate? raised, DateTime reference, double windowDays)
        {
            if (raised is not null)
            {
                return "raise RolloutPercent to " + raised.RolloutPercent + "% (" + PowerNumbers.Whole(raised.Days) + " days)";
            }

            var estimate = power.Estimate;
            if (power.SampleSize.LargestRolloutWithin(estimate.RolloutPercent - 1, estimate.EligibleUsersPerDay, windowDays) is { } lowered)
            {
                return "lower RolloutPercent to " + lowered.RolloutPercent + "% (" + PowerNumbers.Whole(lowered.Days)
                    + " days): above it the control group is too small";
            }

            if (power.SampleSize.Fastest(estimate.EligibleUsersPerDay) is not { } fastest)
            {
                return "allow more time, or accept a larger minimum detectable effect";
            }

            // A reference date near the year 9999 leaves no date to name (and DateTime would throw).
            var time = fastest.Days <= MaxDaysAsDate && fastest.Days <= (DateTime.MaxValue - reference).TotalDays ? "allow until " + IsoDate.ToText(reference.AddDays(fastest.Days)) : "allow more time";
            return "no rollout fits (the fastest, " + fastest.RolloutPercent + "%, takes " + PowerNumbers.Whole(fastest.Days)
                + " days): " + time + ", or accept a larger minimum detectable effect";
        }

        /// <summary>A readable tweak plan <c>ReviewBy</c>, else a readable <c>RemoveBy</c>; null when neither is.</summary>
        private static PlannedEnd? FindPlannedEnd(SpecModel spec)
        {
            PlannedEnd? review = null;
            PlannedEnd? removal = null;
            foreach (var date in SpecDates.Of(spec))
            {
                if (!IsoDate.TryParse(date.Text, out var parsed))
                {
                    continue;
                }

                var candidate = new PlannedEnd(parsed, date.Text, date.Location);
                if (date.Name == SpecArgumentNames.ReviewBy)
                {
                    review ??= candidate;
                }
                else
                {
                    removal = candidate;
                }
            }

            return review ?? removal;
        }
    }
}
