using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using SpecAnalyzers.Model;

namespace SpecAnalyzers.Rules
{
    /// <summary>
    /// SPEC105: <c>RemoveBy</c>, <c>ReviewBy</c> and the date of <c>[AdoptionExemption]</c> must be real days written
    /// <c>yyyy-MM-dd</c> (<see cref="IsoDate"/>).
    /// </summary>
    internal sealed class InvalidDateRule : SpecRule
    {
        /// <summary>How messages name the exemption's date.</summary>
        public const string AdoptionExemptionName = "AdoptionExemption";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.InvalidDate);

        public override void Analyze(in SpecRuleContext context)
        {
            if (context.Spec is not { } spec)
            {
                return;
            }

            foreach (var date in SpecDates.Of(spec))
            {
                if (!IsoDate.TryParse(date.Text, out _))
                {
                    context.Report(Descriptors.InvalidDate, date.Location, spec.DisplayName, date.Name, date.Text);
                }
            }

            // An exemption whose date cannot be read exempts nothing: the mission rules report the spec as well.
            if (spec.AdoptionExemption is { Until: { } until, UntilDate: null } exemption)
            {
                context.Report(Descriptors.InvalidDate, exemption.UntilLocation, spec.DisplayName, AdoptionExemptionName, until);
            }
        }
    }
}
