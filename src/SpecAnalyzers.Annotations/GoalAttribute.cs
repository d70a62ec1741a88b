using System;

namespace SpecAnalyzers
{
    /// <summary>
    /// Declares the type as a goal: the measurable objective (an OKR) at the root of the thoughtful execution
    /// tree that hypotheses serve.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    public sealed class GoalAttribute : Attribute
    {
        /// <summary>Declares a goal.</summary>
        /// <param name="objective">The objective ("Grow social discovery of music").</param>
        public GoalAttribute(string objective)
        {
            Objective = objective;
        }

        /// <summary>The objective.</summary>
        public string Objective { get; }

        /// <summary>The key result that proves the objective was met ("+5% weekly shares by 2027-03-31").</summary>
        public string? KeyResult { get; set; }
    }
}
