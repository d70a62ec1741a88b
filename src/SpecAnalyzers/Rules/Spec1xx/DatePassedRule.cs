using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using SpecAnalyzers.Model;

namespace SpecAnalyzers.Rules
{
    /// <summary>
    /// SPEC106: a <c>RemoveBy</c> or <c>ReviewBy</c> date that lies more than the grace period behind the reference
    /// date (see <see cref="Options.SpecCompilationSettings.GetReferenceDate"/>). The date itself is still on time.
    /// A retired spec is still checked for <c>RemoveBy</c> (its flag is exactly the one to clean up), but not for
    /// <c>ReviewBy</c>: once the decision is made there is no tweak plan left to review. An ended adoption exemption
    /// is reported too, on its date.
    /// </summary>
    internal sealed class DatePassedRule : SpecRule
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.DatePassed);

        public override void Analyze(in SpecRuleContext context)
        {
            if (context.Spec is not { } spec)
            {
                return;
            }

            foreach (var date in SpecDates.Of(spec))
            {
                var isReview = date.Name == SpecArgumentNames.ReviewBy;
                if ((isReview && spec.Phase == SpecPhase.Retired) || !IsoDate.TryParse(date.Text, out var due))
                {
                    continue;
                }

                var location = date.Location;
                var reference = context.Settings.GetReferenceDate(location.SourceTree);
                if ((reference - due).TotalDays > context.Settings.GetStaleGraceDays(location.SourceTree))
                {
                    context.Report(
                        Descriptors.DatePassed,
                        location,
                        spec.DisplayName,
                        date.Name + " " + date.Text + " has passed",
                        IsoDate.ToText(reference),
                        isReview ? "review the tweak plan and set the next review date" : "remove the flag, or agree a new date and record why");
                }
            }

            ReportEndedExemption(context, spec);
        }

        /// <summary>
        /// An adoption exemption ends on its date, with no grace: from that day the mission rules report the spec, and
        /// this says why a build that was green yesterday is not.
        /// </summary>
        private static void ReportEndedExemption(in SpecRuleContext context, SpecModel spec)
        {
            if (spec.AdoptionExemption is not { UntilDate: { } until } exemption)
            {
                return;
            }

            var location = exemption.UntilLocation;
            var reference = context.Settings.GetReferenceDate(location.SourceTree);
            if (!exemption.HoldsOn(reference))
            {
                context.Report(
                    Descriptors.DatePassed,
                    location,
                    spec.DisplayName,
                    "the adoption exemption ended on " + IsoDate.ToText(until),
                    IsoDate.ToText(reference),
                    "its mission rules (SPEC001-SPEC005) apply now; write the parts they report, then remove [AdoptionExemption]");
            }
        }
    }
}
