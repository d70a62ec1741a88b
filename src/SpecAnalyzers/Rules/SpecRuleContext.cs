using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SpecAnalyzers.Model;
using SpecAnalyzers.Options;

namespace SpecAnalyzers.Rules
{
    /// <summary>What a <see cref="SpecRule"/> sees of one annotated type, and how it reports.</summary>
    internal readonly struct SpecRuleContext
    {
        private readonly AnalyzerOptions _options;
        private readonly Action<Diagnostic> _reportDiagnostic;

        public SpecRuleContext(
            AnnotatedType annotatedType,
            SyntaxTree? file,
            SpecAttributeTypes attributeTypes,
            SpecCompilationSettings settings,
            Compilation compilation,
            AnalyzerOptions options,
            Action<Diagnostic> reportDiagnostic,
            CancellationToken cancellationToken)
        {
            AnnotatedType = annotatedType;
            File = file;
            AttributeTypes = attributeTypes;
            Settings = settings;
            Compilation = compilation;
            _options = options;
            _reportDiagnostic = reportDiagnostic;
            CancellationToken = cancellationToken;
        }

        public AnnotatedType AnnotatedType { get; }

        /// <summary>
        /// For the rules of <see cref="RuleCatalog.PerFile"/>, the file being checked: they check the parts written
        /// there. Null for the rules of <see cref="RuleCatalog.PerType"/>, which see the whole type at once.
        /// </summary>
        public SyntaxTree? File { get; }

        /// <summary>The spec the type declares, or null.</summary>
        public SpecModel? Spec => AnnotatedType.Spec;

        public SpecAttributeTypes AttributeTypes { get; }

        /// <summary>The owners registry, reference date and other settings, read once per compilation.</summary>
        public SpecCompilationSettings Settings { get; }

        public Compilation Compilation { get; }

        public CancellationToken CancellationToken { get; }

        /// <summary>
        /// Whether <paramref name="spec"/>'s adoption exemption still holds on the reference date of the file that
        /// writes it: the mission rules (SPEC001–SPEC005) leave the spec alone until then.
        /// </summary>
        public bool IsExemptFromMissionRules(SpecModel spec) =>
            spec.AdoptionExemption is { } exemption
            && exemption.HoldsOn(Settings.GetReferenceDate(exemption.Attribute.Syntax?.SyntaxTree));

        /// <summary>Whether <paramref name="part"/> is this run's to check: written in <see cref="File"/>, when there is one.</summary>
        public bool Covers(SpecPart part) => File is null || part.Syntax?.SyntaxTree == File;

        /// <summary>Reports, unless <paramref name="location"/> is in generated code (see <see cref="GeneratedCode"/>).</summary>
        public void Report(DiagnosticDescriptor descriptor, Location location, params object?[] messageArguments) =>
            Report(descriptor, location, properties: null, messageArguments);

        /// <summary>Reports with <paramref name="properties"/> for the rule's code fix (what the fix should write).</summary>
        public void Report(DiagnosticDescriptor descriptor, Location location, ImmutableDictionary<string, string?>? properties, params object?[] messageArguments)
        {
            if (!GeneratedCode.Contains(location, AnnotatedType.Type, _options, CancellationToken))
            {
                _reportDiagnostic(Diagnostic.Create(descriptor, location, properties, messageArguments));
            }
        }
    }
}
