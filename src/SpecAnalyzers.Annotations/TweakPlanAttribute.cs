using System;

namespace SpecAnalyzers
{
    /// <summary>
    /// Says what happens after launch, in the Tweak it phase: what will be optimised, what cost will be cut,
    /// and when the spec is looked at again. Without it a shipped flag is forgotten, not finished.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    public sealed class TweakPlanAttribute : Attribute
    {
        /// <summary>States the tweak-phase plan.</summary>
        /// <param name="plan">What will be tuned or trimmed once the change ships ("Cut render time below 50 ms").</param>
        public TweakPlanAttribute(string plan)
        {
            Plan = plan;
        }

        /// <summary>The plan.</summary>
        public string Plan { get; }

        /// <summary>The ISO date (<c>yyyy-MM-dd</c>) of the next review; a spec past it is stale.</summary>
        public string? ReviewBy { get; set; }
    }
}
