using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SpecAnalyzers.Configuration;
using SpecAnalyzers.Evaluations;
using SpecAnalyzers.Model;
using SpecAnalyzers.Options;

namespace SpecAnalyzers.Rules.Spec4xx
{
    /// <summary>What the configuration rules need of a compilation, each read once, on first need, however many files ask.</summary>
    internal sealed class ConfigurationFacts
    {
        private readonly ReadOnce<SpecsByFlagName> _specs;
        private readonly ReadOnce<RegisteredFilters> _filters;

        public ConfigurationFacts(Compilation compilation, SpecAttributeTypes attributeTypes, AnalyzerOptions options, CancellationToken cancellationToken)
        {
            Settings = SpecCompilationSettings.Create(options, cancellationToken);
            var catalog = new DeclaredSpecCatalog(compilation, attributeTypes);
            _specs = new(token => new SpecsByFlagName(catalog.GetAll(token)));
            _filters = new(token => RegisteredFilters.Read(compilation, token));
        }

        public SpecCompilationSettings Settings { get; }

        public SpecsByFlagName GetSpecs(CancellationToken cancellationToken) => _specs.Get(cancellationToken);

        public RegisteredFilters GetFilters(CancellationToken cancellationToken) => _filters.Get(cancellationToken);
    }
}
