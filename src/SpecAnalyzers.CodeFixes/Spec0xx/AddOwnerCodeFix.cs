using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using SpecAnalyzers.Model;

namespace SpecAnalyzers.CodeFixes
{
    /// <summary>
    /// SPEC003: adds <c>[Owner("…")]</c> with <c>spec_analyzers.default_owner</c> from <c>.editorconfig</c> when it
    /// is set, else the placeholder <c>TODO: owner</c>.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddOwnerCodeFix))]
    [Shared]
    public sealed class AddOwnerCodeFix : AddTemplatePartCodeFix
    {
        public const string Title = "Add owner";

        public AddOwnerCodeFix()
            : base(MissionPart.Owner, Title, EquivalenceKeys.AddOwner)
        {
        }
    }
}
