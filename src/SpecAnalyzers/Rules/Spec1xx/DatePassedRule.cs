using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using SpecAnalyzers.Model;

namespace SpecAnalyzers.Rules
{
    /// <summary>
    /// SPEC106: a <c>RemoveBy</c> or <c>ReviewBy</c> date that lies more than the grace period behind the reference
    /// date (see <see cref="Options.SpecCompilationSettings.GetReferenceDate"/>). The date itself is still on time.
    /// A retired spec is still checked for <c>RemoveBy</c> (its flag is exactly the one to clean up), but not for
    /// <c>ReviewBy</c>: once the decision is made there is no tweak plan left to review.
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
                        date.Name,
                        date.Text,
                        IsoDate.ToText(reference),
                        isReview ? "review the tweak plan and set the next review date" : "remove the flag, or agree a new date and record why");
                }
            }
        }
    }
}
