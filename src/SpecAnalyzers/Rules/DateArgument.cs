using Microsoft.CodeAnalysis;
using SpecAnalyzers.Model;

namespace SpecAnalyzers.Rules
{
    /// <summary>A date-valued named argument of a spec attribute (<c>RemoveBy = "2027-06-30"</c>).</summary>
    internal readonly struct DateArgument
    {
        public DateArgument(SpecPart part, string name, string text)
        {
            Part = part;
            Name = name;
            Text = text;
        }

        public SpecPart Part { get; }

        /// <summary><c>RemoveBy</c> or <c>ReviewBy</c>.</summary>
        public string Name { get; }

        public string Text { get; }

        public Location Location => Part.GetNamedArgumentLocation(Name);
    }
}
