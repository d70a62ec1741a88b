using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using SpecAnalyzers.Model;
using SpecAnalyzers.Options;

namespace SpecAnalyzers.Rules
{
    /// <summary>
    /// SPEC005 for the parts written as text: an owner, hypothesis or tweak plan that is empty or a placeholder
    /// (<c>TODO: owner</c>, the fixes' templates) is not the part. Reported on the text, each placeholder once; the
    /// same text is no longer SPEC101's, so a template fails the build once, as an error. Not while the spec's
    /// adoption exemption holds.
    /// </summary>
    internal sealed class PlaceholderMissionTextRule : SpecRule
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.PlaceholderMissionPart);

        public override void Analyze(in SpecRuleContext context)
        {
            if (context.Spec is not { } spec || context.IsExemptFromMissionRules(spec))
            {
                return;
            }

            foreach (var part in MissionPart.Texts)
            {
                foreach (var written in part.Read(spec))
                {
                    if (written.Text is not { } text)
                    {
                        continue;
                    }

                    var location = written.GetConstructorArgumentLocation();
                    var defect = context.Settings.GetPlaceholderWords(location.SourceTree).Inspect(text);
                    if (defect != TextDefect.None)
                    {
                        context.Report(Descriptors.PlaceholderMissionPart, location, spec.DisplayName, part.Label, text, defect == TextDefect.Empty ? "empty" : "a placeholder");
                    }
                }
            }
        }
    }
}
