using System;

namespace SpecAnalyzers
{
    /// <summary>
    /// States what we believe the change will do, and why. It sits between the problem or opportunity and the
    /// solution in the thoughtful execution tree (goal → data and insights → problem → hypothesis → solution).
    /// A good hypothesis reads like "We believe [change] for [audience] will [move metric] because [insight]".
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    public sealed class HypothesisAttribute : Attribute
    {
        /// <summary>States the hypothesis.</summary>
        /// <param name="statement">"We believe [change] for [audience] will [move metric] because [insight]".</param>
        public HypothesisAttribute(string statement)
        {
            Statement = statement;
        }

        /// <summary>The belief being tested.</summary>
        public string Statement { get; }

        /// <summary>The <see cref="GoalAttribute"/> type this hypothesis serves: the measurable objective it moves.</summary>
        public Type? Goal { get; set; }

        /// <summary>The data or insight the belief rests on (a study, a funnel number, a support trend).</summary>
        public string? Insight { get; set; }
    }
}
