using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using SpecAnalyzers.Configuration;
using SpecAnalyzers.Evaluations;

namespace SpecAnalyzers.Rules
{
    /// <summary>
    /// SPEC201 on a first install: while a compilation declares and references no spec, its undeclared keys are not
    /// reported one by one (a team's first contact would be a broken build), nor are its configured flags (SPEC401);
    /// one SPEC201, at Info severity, on the first call site, says how many keys are evaluated or configured undeclared
    /// and points to docs/adoption.md, and its fix declares them all, each with an adoption exemption. The same ID, since IDs are stable and it is the same finding; the severity is the
    /// diagnostic's own (<see cref="DiagnosticSeverity.Info"/>), so <c>TreatWarningsAsErrors</c> does not fail the build.
    /// From the first spec on, <see cref="UndeclaredFlagKeyRule"/> reports each key again.
    /// </summary>
    internal sealed class UndeclaredFlagsSummaryRule : CompilationRule
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.UndeclaredFlagKey);

        public override void Analyze(in CompilationRuleContext context)
        {
            if (context.Adoption is not { } adoption)
            {
                return;
            }

            var evaluated = adoption.InCallSiteOrder();
            var configuredOnly = ConfiguredOnly(context.Configuration, evaluated);
            var keys = evaluated.Select(entry => entry.Key).Concat(configuredOnly.Select(flag => flag.Name)).ToList();
            if (keys.Count == 0)
            {
                return;
            }

            // On the first call site, where the declare fix runs; on the first configured flag when nothing is evaluated.
            var location = evaluated.Count > 0 ? evaluated[0].FirstCallSite : configuredOnly[0].NameLocation;
            var others = keys.Count - 1;
            var hint = (others == 0 ? string.Empty : others == 1 ? ", nor is 1 other key" : ", nor are " + others + " other keys")
                + " evaluated or configured in this project, which declares no spec yet: declare "
                + (others == 0 ? "it" : "them all")
                + " with this diagnostic's code fix (see docs/adoption.md)";
            var properties = ImmutableDictionary<string, string?>.Empty
                .Add(FlagDiagnosticProperties.Key, keys[0])
                .Add(FlagDiagnosticProperties.UndeclaredKeys, string.Join(FlagDiagnosticProperties.Separator.ToString(), keys));
            context.Report(Descriptors.UndeclaredFlagKey, location, DiagnosticSeverity.Info, properties, keys[0], hint);
        }

        /// <summary>
        /// The configured flags no call site evaluates (SPEC401 leaves them to this summary on a first install), each
        /// once, names compared ignoring case as Microsoft.FeatureManagement compares them, in file order.
        /// </summary>
        private static List<ConfiguredFlag> ConfiguredOnly(FlagConfiguration configuration, IReadOnlyList<UndeclaredKey> evaluated)
        {
            var seen = new HashSet<string>(evaluated.Select(entry => entry.Key), StringComparer.OrdinalIgnoreCase);
            var flags = new List<ConfiguredFlag>();
            foreach (var file in configuration.Files)
            {
                foreach (var flag in file.Flags)
                {
                    if (seen.Add(flag.Name))
                    {
                        flags.Add(flag);
                    }
                }
            }

            return flags;
        }
    }
}
