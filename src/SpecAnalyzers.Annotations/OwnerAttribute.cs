using System;

namespace SpecAnalyzers
{
    /// <summary>
    /// Names who answers for the spec: the team or person who decides to ship, roll back or iterate, and who
    /// removes the flag afterwards. A spec nobody owns is a flag nobody cleans up.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    public sealed class OwnerAttribute : Attribute
    {
        /// <summary>Names the spec's owner.</summary>
        /// <param name="owner">A team or person, as your owners registry or CODEOWNERS file spells it (<c>lyrics-squad</c>, <c>@music/lyrics</c>).</param>
        public OwnerAttribute(string owner)
        {
            Owner = owner;
        }

        /// <summary>The team or person accountable for the spec.</summary>
        public string Owner { get; }
    }
}
