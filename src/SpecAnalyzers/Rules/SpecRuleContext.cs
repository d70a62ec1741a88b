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
        private readonly SymbolAnalysisContext _symbolContext;

        public SpecRuleContext(
            SymbolAnalysisContext symbolContext,
            AnnotatedType annotatedType,
            SpecAttributeTypes attributeTypes,
            SpecCompilationSettings settings)
        {
            _symbolContext = symbolContext;
            AnnotatedType = annotatedType;
            AttributeTypes = attributeTypes;
            Settings = settings;
        }

        public AnnotatedType AnnotatedType { get; }

        /// <summary>The spec the type declares, or null.</summary>
        public SpecModel? Spec => AnnotatedType.Spec;

        public SpecAttributeTypes AttributeTypes { get; }

        /// <summary>The owners registry, reference date and other settings, read once per compilation.</summary>
        public SpecCompilationSettings Settings { get; }

        public Compilation Compilation => _symbolContext.Compilation;

        public CancellationToken CancellationToken => _symbolContext.CancellationToken;

        /// <summary>Reads a <c>spec_analyzers.*</c> option that applies where <paramref name="location"/> is.</summary>
        public string? GetOption(string name, Location location) =>
            SpecAnalyzerOptions.Get(_symbolContext.Options, location.SourceTree, name);

        /// <summary>Reports, unless <paramref name="location"/> is in generated code (see <see cref="GeneratedCode"/>).</summary>
        public void Report(DiagnosticDescriptor descriptor, Location location, params object?[] messageArguments)
        {
            if (!GeneratedCode.Contains(location, AnnotatedType.Type, _symbolContext.Options, _symbolContext.CancellationToken))
            {
                _symbolContext.ReportDiagnostic(Diagnostic.Create(descriptor, location, messageArguments));
            }
        }
    }
}
