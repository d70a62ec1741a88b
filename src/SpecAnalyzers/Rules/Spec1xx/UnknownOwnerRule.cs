using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using SpecAnalyzers.Options;

namespace SpecAnalyzers.Rules
{
    /// <summary>
    /// SPEC107: the owner must be in the owners registry (<see cref="OwnersRegistry"/>), when the project has one.
    /// Blank and placeholder owners are left to SPEC101, which says what is really wrong with them.
    /// </summary>
    internal sealed class UnknownOwnerRule : SpecRule
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.UnknownOwner);

        public override void Analyze(in SpecRuleContext context)
        {
            if (context.Spec is not { } spec || context.Settings.Owners is not { } registry)
            {
                return;
            }

            foreach (var owner in spec.Owners)
            {
                if (owner.Text is not { } name || registry.Contains(name))
                {
                    continue;
                }

                var location = owner.GetConstructorArgumentLocation();
                if (context.Settings.GetPlaceholderWords(location.SourceTree).Inspect(name) == TextDefect.None)
                {
                    context.Report(Descriptors.UnknownOwner, location, spec.DisplayName, name, registry.Sources);
                }
            }
        }
    }
}
