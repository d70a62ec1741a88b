using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using SpecAnalyzers.Model;

namespace SpecAnalyzers.CodeFixes
{
    /// <summary>
    /// SPEC004: adds <c>[TweakPlan("TODO: …", ReviewBy = "yyyy-MM-dd")]</c>, the review date
    /// <c>spec_analyzers.review_after_days</c> (90) days after today, or after <c>spec_analyzers.reference_date</c>.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddTweakPlanCodeFix))]
    [Shared]
    public sealed class AddTweakPlanCodeFix : AddTemplatePartCodeFix
    {
        public const string Title = "Add tweak plan template";

        public AddTweakPlanCodeFix()
            : base(MissionPart.TweakPlan, Title, EquivalenceKeys.AddTweakPlan)
        {
        }
    }
}
