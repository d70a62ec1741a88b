using System;
using Microsoft.CodeAnalysis;

namespace SpecAnalyzers.Model
{
    /// <summary>
    /// A spec's <c>[AdoptionExemption("yyyy-MM-dd")]</c>: the spec was declared for a flag that existed before the
    /// team adopted SpecAnalyzers, and until the date its mission rules (SPEC001–SPEC005) do not report it.
    /// </summary>
    internal sealed class AdoptionExemption
    {
        public AdoptionExemption(SpecPart attribute)
        {
            Attribute = attribute;
            Until = attribute.Text;
            UntilDate = IsoDate.TryParse(Until, out var date) ? date : null;
        }

        public SpecPart Attribute { get; }

        /// <summary>The date as written; null while it is missing or not a constant string.</summary>
        public string? Until { get; }

        /// <summary>The date; null when <see cref="Until"/> is not a real <c>yyyy-MM-dd</c> date (SPEC105), which exempts nothing.</summary>
        public DateTime? UntilDate { get; }

        /// <summary>Where the date is written: SPEC105 and SPEC106 squiggle it.</summary>
        public Location UntilLocation => Attribute.GetConstructorArgumentLocation();

        /// <summary>Whether the exemption still holds on <paramref name="referenceDate"/>: it ends on its date.</summary>
        public bool HoldsOn(DateTime referenceDate) => UntilDate is { } until && referenceDate < until;
    }
}
