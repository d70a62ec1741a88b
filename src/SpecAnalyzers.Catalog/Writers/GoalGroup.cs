using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using SpecAnalyzers.Catalog.Model;

namespace SpecAnalyzers.Catalog.Writers
{
    /// <summary>
    /// The root of the thoughtful execution tree: a goal and the specs whose hypotheses serve it. Specs without a
    /// goal (or whose goal type is not a goal the catalog read) form the last group, whose <see cref="Goal"/> is null.
    /// </summary>
    internal sealed record GoalGroup(CatalogGoal? Goal, ImmutableArray<CatalogSpec> Specs)
    {
        /// <summary>Every goal read (in objective order, goals no spec serves yet included), then the specs without one.</summary>
        public static IReadOnlyList<GoalGroup> Of(SpecCatalog catalog)
        {
            var specsByGoal = catalog.Specs.Where(spec => spec.Hypothesis?.Goal is not null).ToLookup(spec => spec.Hypothesis!.Goal!);
            var groups = catalog.Goals
                .OrderBy(goal => goal.Objective ?? string.Empty, StringComparer.Ordinal)
                .ThenBy(goal => goal.TypeName, StringComparer.Ordinal)
                .Select(goal => new GoalGroup(goal, specsByGoal[goal].ToImmutableArray()))
                .ToList();
            var withoutGoal = catalog.Specs.Where(spec => spec.Hypothesis?.Goal is null).ToImmutableArray();
            if (!withoutGoal.IsEmpty)
            {
                groups.Add(new GoalGroup(null, withoutGoal));
            }

            return groups;
        }
    }
}
