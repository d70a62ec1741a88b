using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using SpecAnalyzers.Specs;

namespace SpecAnalyzers.Rules
{
    /// <summary>
    /// SPEC103: two specs with one key, in this compilation or between it and the assemblies it references (read only
    /// when this compilation declares a spec at all). Keys compare ignoring case: flag services differ on case, and a
    /// pair that differs only in case is a collision waiting to happen. A partial spec is one type, so one key.
    /// Specs in generated code take no part.
    /// </summary>
    internal sealed class DuplicateKeyRule : CompilationRule
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.DuplicateKey);

        public override void Analyze(in CompilationRuleContext context)
        {
            var declared = new List<DeclaredSpecKey>();
            foreach (var spec in context.Specs.ReadSourceSpecs(context.CancellationToken))
            {
                var location = spec.Declaration.GetConstructorArgumentLocation();
                if (!string.IsNullOrWhiteSpace(spec.Key) && !GeneratedCode.Contains(location, spec.Type, context.Options, context.CancellationToken))
                {
                    declared.Add(new DeclaredSpecKey(spec.Key!, spec.DisplayName, location));
                }
            }

            if (declared.Count == 0)
            {
                return;
            }

            foreach (var referenced in context.Specs.GetReferenced(context.CancellationToken))
            {
                if (!string.IsNullOrWhiteSpace(referenced.Spec.Key))
                {
                    declared.Add(new DeclaredSpecKey(referenced.Spec.Key!, referenced.Spec.DisplayName + " in " + referenced.AssemblyName, Location.None));
                }
            }

            foreach (var sharing in declared.GroupBy(entry => entry.Key, StringComparer.OrdinalIgnoreCase))
            {
                var specs = sharing.ToList();
                if (specs.Count < 2)
                {
                    continue;
                }

                foreach (var spec in specs.Where(entry => entry.Location.IsInSource))
                {
                    var others = specs.Where(other => !ReferenceEquals(other, spec)).Select(other => other.Description).OrderBy(name => name, StringComparer.Ordinal);
                    context.Report(Descriptors.DuplicateKey, spec.Location, spec.Description, spec.Key, string.Join(" and ", others));
                }
            }
        }
    }
}
