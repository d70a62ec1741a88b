using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SpecAnalyzers.Configuration;
using SpecAnalyzers.Evaluations;
using SpecAnalyzers.Model;
using SpecAnalyzers.Options;
using SpecAnalyzers.Specs;

namespace SpecAnalyzers.Rules
{
    /// <summary>What the configuration rules need of a compilation, each read once, on first need, however many files ask.</summary>
    internal sealed class ConfigurationFacts
    {
        private readonly CompilationSpecs _specs;
        private readonly ReadOnce<RegisteredFilters> _filters;
        private readonly Compilation _compilation;
        private readonly AnalyzerOptions _options;

        public ConfigurationFacts(Compilation compilation, SpecAttributeTypes attributeTypes, AnalyzerOptions options, CancellationToken cancellationToken)
        {
            Settings = SpecCompilationSettings.Create(options, cancellationToken);
            _specs = CompilationSpecs.For(compilation, attributeTypes);
            _filters = new(token => RegisteredFilters.Read(compilation, token));
            _compilation = compilation;
            _options = options;
        }

        public SpecCompilationSettings Settings { get; }

        public SpecIndex GetSpecs(CancellationToken cancellationToken) => _specs.GetAll(cancellationToken);

        /// <summary>
        /// Whether the call-site analyzer reports a first install's one SPEC201 summary, which counts the configured flags:
        /// the compilation declares no spec and can evaluate flags. Without a flag library there is no summary. Asked once
        /// per configuration file; both answers are cached by the compilation (its specs, its type lookups).
        /// </summary>
        public bool HasFirstInstallSummary(CancellationToken cancellationToken) =>
            _specs.DeclaresNone(cancellationToken) && EvaluationMethodCatalog.MayEvaluate(_compilation, _options);

        public RegisteredFilters GetFilters(CancellationToken cancellationToken) => _filters.Get(cancellationToken);
    }
}
