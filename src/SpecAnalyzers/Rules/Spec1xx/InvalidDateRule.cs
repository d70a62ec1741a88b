using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using SpecAnalyzers.Model;

namespace SpecAnalyzers.Rules
{
    /// <summary>SPEC105: <c>RemoveBy</c> and <c>ReviewBy</c> must be real days written <c>yyyy-MM-dd</c> (<see cref="IsoDate"/>).</summary>
    internal sealed class InvalidDateRule : SpecRule
    {
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
        }
    }
}
