using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using SpecAnalyzers.Model;

namespace SpecAnalyzers.CodeFixes
{
    /// <summary>SPEC001: adds <c>[Hypothesis("TODO: We believe [change] for [audience] will [move metric] because [insight]")]</c>.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddHypothesisCodeFix))]
    [Shared]
    public sealed class AddHypothesisCodeFix : AddTemplatePartCodeFix
    {
        public const string Title = "Add hypothesis template";

        public AddHypothesisCodeFix()
            : base(MissionPart.Hypothesis, Title, EquivalenceKeys.AddHypothesis)
        {
        }
    }
}
