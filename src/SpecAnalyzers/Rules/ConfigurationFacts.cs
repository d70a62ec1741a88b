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

        public ConfigurationFacts(Compilation compilation, SpecAttributeTypes attributeTypes, AnalyzerOptions options, CancellationToken cancellationToken)
        {
            Settings = SpecCompilationSettings.Create(options, cancellationToken);
            _specs = CompilationSpecs.For(compilation, attributeTypes);
            _filters = new(token => RegisteredFilters.Read(compilation, token));
        }

        public SpecCompilationSettings Settings { get; }

        public SpecIndex GetSpecs(CancellationToken cancellationToken) => _specs.GetAll(cancellationToken);

        /// <summary>Whether the compilation declares and references no spec: a first install (see <see cref="CompilationSpecs.DeclaresNone"/>).</summary>
        public bool DeclaresNoSpec(CancellationToken cancellationToken) => _specs.DeclaresNone(cancellationToken);

        public RegisteredFilters GetFilters(CancellationToken cancellationToken) => _filters.Get(cancellationToken);
    }
}
