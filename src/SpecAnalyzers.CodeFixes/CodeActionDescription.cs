using System.Collections.Immutable;

namespace SpecAnalyzers.CodeFixes
{
    /// <summary>One code action SpecAnalyzers offers, described for people (README, rule pages) and tools.</summary>
    public sealed class CodeActionDescription
    {
        public CodeActionDescription(ImmutableArray<string> ruleIds, string equivalenceKey, string title, string offers)
        {
            RuleIds = ruleIds;
            EquivalenceKey = equivalenceKey;
            Title = title;
            Offers = offers;
        }

        /// <summary>The diagnostics the action is offered on.</summary>
        public ImmutableArray<string> RuleIds { get; }

        /// <summary>The key from <see cref="EquivalenceKeys"/>; for an action offered once per argument, the part before the argument.</summary>
        public string EquivalenceKey { get; }

        /// <summary>
        /// The title the light bulb shows (<c>'x'</c>, <c>X</c>, <c>Spec</c> stand for the key or type it names), with
        /// when it is offered where that is not plain: the rule pages' "Code fix" row.
        /// </summary>
        public string Title { get; }

        /// <summary>What the action does, in a few lower-case words: README's "Fix offered".</summary>
        public string Offers { get; }
    }
}
