using System.Collections.Generic;
using SpecAnalyzers.Model;

namespace SpecAnalyzers.Rules
{
    /// <summary>The dates a spec holds: its <c>RemoveBy</c> and each tweak plan's <c>ReviewBy</c>, as written.</summary>
    internal static class SpecDates
    {
        public static IEnumerable<DateArgument> Of(SpecModel spec)
        {
            if (spec.RemoveBy is { } removeBy)
            {
                yield return new DateArgument(spec.Declaration, SpecArgumentNames.RemoveBy, removeBy);
            }

            foreach (var plan in spec.TweakPlans)
            {
                if (plan.GetNamedString(SpecArgumentNames.ReviewBy) is { } reviewBy)
                {
                    yield return new DateArgument(plan, SpecArgumentNames.ReviewBy, reviewBy);
                }
            }
        }
    }
}
