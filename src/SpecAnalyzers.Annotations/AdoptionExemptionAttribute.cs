using System;

namespace SpecAnalyzers
{
    /// <summary>
    /// Marks a spec declared for a flag that existed before the team adopted SpecAnalyzers. Until the date, its
    /// mission parts may still be placeholders without failing the build; from the date on every rule applies.
    /// New specs should never carry it: it is written by the adoption fix, with the date the team chose.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    public sealed class AdoptionExemptionAttribute : Attribute
    {
        /// <summary>Exempts an adopted spec's mission parts until a date.</summary>
        /// <param name="until">The ISO date (<c>yyyy-MM-dd</c>) on which the exemption ends.</param>
        public AdoptionExemptionAttribute(string until)
        {
            Until = until;
        }

        /// <summary>The ISO date (<c>yyyy-MM-dd</c>) on which the exemption ends and every rule applies.</summary>
        public string Until { get; }

        /// <summary>Why the spec was adopted rather than written (shown in the catalog).</summary>
        public string? Reason { get; set; }
    }
}
