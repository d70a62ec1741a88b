using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using SpecAnalyzers.Evaluations;

namespace SpecAnalyzers.Rules
{
    /// <summary>
    /// SPEC201 on a first install: while a compilation declares and references no spec, its undeclared keys are not
    /// reported one by one (a team's first contact would be a broken build); one SPEC201, at Info severity, on the
    /// first call site, says how many keys are evaluated undeclared and points to docs/adoption.md, and its fix
    /// declares them all. The same ID, since IDs are stable and it is the same finding; the severity is the
    /// diagnostic's own (<see cref="DiagnosticSeverity.Info"/>), so <c>TreatWarningsAsErrors</c> does not fail the build.
    /// From the first spec on, <see cref="UndeclaredFlagKeyRule"/> reports each key again.
    /// </summary>
    internal sealed class UndeclaredFlagsSummaryRule : CompilationRule
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.UndeclaredFlagKey);

        public override void Analyze(in CompilationRuleContext context)
        {
            if (context.Adoption?.InCallSiteOrder() is not { Count: > 0 } keys)
            {
                return;
            }

            var first = keys[0];
            var others = keys.Count - 1;
            var hint = (others == 0 ? string.Empty : others == 1 ? ", nor is 1 other key" : ", nor are " + others + " other keys")
                + " evaluated in this project, which declares no spec yet: declare "
                + (others == 0 ? "it" : "them all")
                + " with this diagnostic's code fix (see docs/adoption.md)";
            var properties = ImmutableDictionary<string, string?>.Empty
                .Add(FlagDiagnosticProperties.Key, first.Key)
                .Add(FlagDiagnosticProperties.UndeclaredKeys, string.Join(FlagDiagnosticProperties.Separator.ToString(), keys.Select(entry => entry.Key)));
            context.Report(Descriptors.UndeclaredFlagKey, first.Value, DiagnosticSeverity.Info, properties, first.Key, hint);
        }
    }
}
